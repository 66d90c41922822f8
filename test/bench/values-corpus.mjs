// Generates Helm values files of about 8 KB in the shapes real charts have: header comments,
// nested blocks, flow sequences and maps, quoted and plain scalars, one image block each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IMAGE = 'ghcr.io/acme/api';

export function writeValuesCorpus(root, { files = 1000, environments = 10, tag = '1.2.3' } = {}) {
  const paths = [];
  for (let i = 0; i < files; i++) {
    const env = `env-${String(i % environments).padStart(2, '0')}`;
    const dir = join(root, 'environments', env, `service-${i}`);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'values.yaml');
    writeFileSync(path, valuesFile(i, tag));
    paths.push(path);
  }
  return paths;
}

function valuesFile(seed, tag) {
  const lines = [
    `# Default values for service-${seed}.`,
    '# This is a YAML-formatted file. Declare variables to be passed into your templates.',
    '',
    `replicaCount: ${1 + (seed % 3)}`,
    '',
    'image:',
    `  repository: ${IMAGE} # pushed by CI`,
    '  pullPolicy: IfNotPresent',
    '  # Overrides the image tag whose default is the chart appVersion.',
    `  tag: "${tag}"`,
    '',
    'imagePullSecrets: []',
    'nameOverride: ""',
    '',
  ];
  let section = 0;
  while (lines.join('\n').length < 7800) {
    lines.push(
      `# --- component ${section}: settings for worker pool ${section}`,
      `component${section}:`,
      '  enabled: true',
      `  name: "svc-${seed}-${section}"`,
      `  ports: [80, 443, ${8000 + section}]`,
      `  labels: {app: service-${seed}, tier: "backend", pool: '${section}'}`,
      '  env:',
      `    - name: WORKERS_${section}`,
      `      value: '${section * 2}'`,
      '    - name: VERSION_PIN',
      '      value: "1.10" # a string, not the number 1.1',
      '  resources:',
      '    limits: {cpu: 250m, memory: 256Mi}',
      `    requests: {cpu: 100m, memory: 128Mi}`,
      '  tolerations: []',
      '',
    );
    section++;
  }
  return `${lines.join('\n')}\n`;
}

import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './run-tool.js';

export interface ServerCertificates {
  caCertPath: string;
  caCert: string;
  certificatePath: string;
  keyPath: string;
}

/** A key pair whose self-signed certificate the registry trusts as its token `rootcertbundle`. */
export interface SigningCertificate {
  certificatePath: string;
  /** Base64 DER, the form the JWT `x5c` header carries. */
  certificateDer: string;
  privateKey: KeyObject;
}

// P-256 keeps generation in the millisecond range, which keeps registry startup fast.
const newEcKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-noenc', '-days', '2'];

/** A throwaway CA and a server certificate it issued for 127.0.0.1 and localhost. */
export async function createServerCertificates(dir: string): Promise<ServerCertificates> {
  const caCertPath = join(dir, 'ca.crt');
  const caKeyPath = join(dir, 'ca.key');
  const certificatePath = join(dir, 'server.crt');
  const keyPath = join(dir, 'server.key');
  // prettier-ignore
  await runTool('openssl', [
    'req', '-x509', ...newEcKey,
    '-keyout', caKeyPath, '-out', caCertPath,
    '-subj', '/CN=gitops-actions test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  // prettier-ignore
  await runTool('openssl', [
    'req', '-x509', ...newEcKey,
    '-CA', caCertPath, '-CAkey', caKeyPath,
    '-keyout', keyPath, '-out', certificatePath,
    '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-addext', 'basicConstraints=critical,CA:FALSE',
    '-addext', 'extendedKeyUsage=serverAuth',
  ]);
  return { caCertPath, caCert: readFileSync(caCertPath, 'utf8'), certificatePath, keyPath };
}

export async function createSigningCertificate(dir: string): Promise<SigningCertificate> {
  const certificatePath = join(dir, 'token-signer.crt');
  const keyPath = join(dir, 'token-signer.key');
  // prettier-ignore
  await runTool('openssl', [
    'req', '-x509', ...newEcKey,
    '-keyout', keyPath, '-out', certificatePath,
    '-subj', '/CN=gitops-actions test token issuer',
  ]);
  const certificate = new X509Certificate(readFileSync(certificatePath));
  return {
    certificatePath,
    certificateDer: certificate.raw.toString('base64'),
    privateKey: createPrivateKey(readFileSync(keyPath)),
  };
}

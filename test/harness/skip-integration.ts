/**
 * Skips an integration test whose system tool is missing, with a visible notice, and returns
 * false; under REQUIRE_INTEGRATION=1 (CI) it throws instead, since a silent skip there would hide
 * a broken setup.
 */
export function skipIntegration(notice: string): false {
  if (process.env.REQUIRE_INTEGRATION === '1')
    throw new Error(`${notice}; REQUIRE_INTEGRATION=1 forbids skipping`);
  console.warn(`SKIPPED: ${notice}`);
  return false;
}

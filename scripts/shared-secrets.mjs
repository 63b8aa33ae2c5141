// Several instances behind a load balancer must share their secrets: a session cookie signed by one instance
// is checked by another, and a server action's encrypted arguments sent by one are read by another. An instance
// that made up its own would log users out and fail forms at random, so it refuses to start instead.

/** The secrets every instance must be given, and what each protects. */
const SHARED = [
  { name: 'AUTH_SECRET', what: 'signs the session cookies', check: (value) => value.length >= 32, rule: 'at least 32 characters' },
  {
    name: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    what: 'encrypts the arguments of server actions',
    check: (value) => [16, 24, 32].includes(Buffer.from(value, 'base64').length),
    rule: 'a base64 AES key of 16, 24 or 32 bytes (`openssl rand -base64 32`)',
  },
];

/**
 * Whether the environment describes one of several instances: a shared cache (REDIS_URL), or MULTI_INSTANCE=1.
 * @param {Record<string, string | undefined>} env
 */
export function isMultiInstance(env) {
  return Boolean(env.REDIS_URL) || env.MULTI_INSTANCE === '1';
}

/**
 * What is wrong with the shared secrets of a multi-instance setting, one sentence per secret; empty when all
 * is well or when this is a single instance (which makes its own where needed).
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function sharedSecretProblems(env) {
  if (!isMultiInstance(env)) return [];
  return SHARED.flatMap(({ name, what, check, rule }) => {
    const value = env[name];
    if (!value) return [`${name} is not set. It ${what}, so every instance needs the same one: ${rule}.`];
    if (!check(value)) return [`${name} must be ${rule}.`];
    return [];
  });
}

/**
 * Exits with the problems when the shared secrets of a multi-instance setting are missing.
 * @param {Record<string, string | undefined>} env
 */
export function refuseWithoutSharedSecrets(env) {
  const problems = sharedSecretProblems(env);
  if (problems.length === 0) return;
  console.error(['Several instances share this database and cache, and they must share their secrets:', ...problems.map((p) => `- ${p}`)].join('\n'));
  process.exit(1);
}

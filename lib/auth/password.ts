import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). `Algorithm` is a const enum that
// isolated modules cannot read at run time, hence the literal.
const ARGON2ID = 2 as Algorithm.Argon2id;
const options: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * A hash of a random string made with the same parameters: verifying against it costs the same as
 * verifying a real password, so a missing or disabled account answers in the same time.
 */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$I/ar4OdQhhssPov67B7JIw$wQJ+PGh2d0018x7qwDeXWt6TulKdjC86HIgXEdlije8';

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** False for a wrong password and for a hash that is not a valid argon2 string. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

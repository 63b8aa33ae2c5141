import { AwsClient } from 'aws4fetch';

/**
 * The S3-compatible media store, chosen when MEDIA_S3_BUCKET is set. Objects are addressed path-style
 * (`<endpoint>/<bucket>/<key>`), which AWS, MinIO, Ceph and Garage all accept.
 */
export interface ObjectStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

let configured: ObjectStore | null | undefined;

/** The store the environment configures, made once per process (every media request asks for it). */
export function configuredStore(): ObjectStore | null {
  if (configured === undefined) configured = s3StoreFromEnv();
  return configured;
}

export function s3StoreFromEnv(env: Record<string, string | undefined> = process.env): ObjectStore | null {
  const bucket = env.MEDIA_S3_BUCKET;
  if (!bucket) return null;
  const endpoint = (env.MEDIA_S3_ENDPOINT ?? `https://s3.${env.MEDIA_S3_REGION ?? 'us-east-1'}.amazonaws.com`).replace(/\/+$/, '');
  const accessKeyId = env.MEDIA_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.MEDIA_S3_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error('MEDIA_S3_BUCKET is set, so MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set too.');
  }
  const client = new AwsClient({ accessKeyId, secretAccessKey, service: 's3', region: env.MEDIA_S3_REGION ?? 'us-east-1' });
  const url = (key: string) => `${endpoint}/${encodeURIComponent(bucket)}/${encodeURIComponent(key)}`;

  async function send(key: string, init: RequestInit, okStatuses: number[]): Promise<Response> {
    const response = await client.fetch(url(key), init);
    if (!response.ok && !okStatuses.includes(response.status)) {
      throw new Error(`S3 ${init.method ?? 'GET'} ${key} failed with ${response.status}`);
    }
    return response;
  }

  return {
    async put(key, bytes, contentType) {
      await send(key, { method: 'PUT', body: bytes as BodyInit, headers: { 'content-type': contentType } }, []);
    },
    async get(key) {
      const response = await send(key, { method: 'GET' }, [404]);
      return response.status === 404 ? null : new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      await send(key, { method: 'DELETE' }, [404]);
    },
  };
}

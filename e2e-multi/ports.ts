// The ports of a multi-instance run: nginx on MULTI_PORT (default 3510), the instances A and B on the next two.
export const proxyPort = Number(process.env.MULTI_PORT ?? 3510);
export const instancePorts = { A: proxyPort + 1, B: proxyPort + 2 } as const;
export type InstanceName = keyof typeof instancePorts;

export const proxyUrl = `http://127.0.0.1:${proxyPort}`;
export const instanceUrl = (name: InstanceName) => `http://127.0.0.1:${instancePorts[name]}`;

// nginx for the run: deploy/nginx.conf itself, with the example's instance addresses and port replaced by the
// run's, inside a main configuration that keeps everything (pid, logs, temporary files) in the run's
// directory and nginx in the foreground, as a child of this process.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** deploy/nginx.conf pointed at `instances` and listening on `port` (127.0.0.1 only). */
export function siteConfig(port: number, instances: number[]): string {
  const example = fs.readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8');
  const servers = [...example.matchAll(/^(\s*server\s+)\S+:\d+(\s)/gm)];
  const listens = [...example.matchAll(/^\s*listen\s+\d+;/gm)];
  // The example must keep one server line per instance and one listen line, or this run would test another setup.
  if (servers.length !== instances.length || listens.length !== 1) {
    throw new Error(`deploy/nginx.conf has ${servers.length} upstream servers and ${listens.length} listen lines; expected ${instances.length} and 1`);
  }
  let next = 0;
  return example
    .replace(/^(\s*server\s+)\S+:\d+(\s)/gm, (_line, head: string, tail: string) => `${head}127.0.0.1:${instances[next++]}${tail}`)
    .replace(/^(\s*)listen\s+\d+;/m, `$1listen 127.0.0.1:${port};`);
}

/** Writes the main configuration and the site into `dir`; returns the main file. */
export function writeNginxConfig(dir: string, port: number, instances: number[]): string {
  fs.writeFileSync(path.join(dir, 'site.conf'), siteConfig(port, instances));
  const main = `# Generated for one multi-instance test run.
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
    # Which instance answered each request, and the statuses along the way ("502, 200" is a failover).
    log_format upstreams '$status $request_method $request_uri upstream=$upstream_addr statuses=$upstream_status';
    access_log ${dir}/access.log upstreams;
    client_body_temp_path ${dir}/client-body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`;
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, main);
  return file;
}

/** The access log's lines that show a request passed from one instance to another. */
export function failovers(dir: string): string[] {
  const log = fs.existsSync(path.join(dir, 'access.log')) ? fs.readFileSync(path.join(dir, 'access.log'), 'utf8') : '';
  return log.split('\n').filter((line) => /upstream=\S+, /.test(line));
}

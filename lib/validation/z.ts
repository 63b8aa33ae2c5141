import { z } from 'zod';

// Every schema takes zod from here. Without `jitless`, zod probes whether it may compile parsers with
// `new Function`; under the workspace's Content-Security-Policy that probe is reported as a violation, even
// though zod catches the refusal. The interpreted parsers are fast enough for forms.
z.config({ jitless: true });

export { z };

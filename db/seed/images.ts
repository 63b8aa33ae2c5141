import sharp from 'sharp';
import type { DemoImageSeed } from './data/images';

const WIDTH = 1600;
const HEIGHT = 900;

function scene(image: DemoImageSeed): string {
  const { ground, accent } = image;
  switch (image.scene) {
    case 'hills':
      return `<circle cx="1180" cy="260" r="90" fill="${accent}"/>
        <path d="M0 620 Q300 430 620 600 T1240 560 T1600 600 V900 H0Z" fill="${ground}" opacity="0.75"/>
        <path d="M0 720 Q400 560 800 700 T1600 680 V900 H0Z" fill="${ground}"/>`;
    case 'river':
      return `<rect y="600" width="1600" height="300" fill="${ground}"/>
        <path d="M0 600 H1600 V640 H0Z" fill="#ffffff" opacity="0.15"/>
        <path d="M200 600 Q800 320 1400 600" fill="none" stroke="${accent}" stroke-width="28"/>
        ${[400, 600, 800, 1000, 1200].map((x) => `<rect x="${x - 8}" y="${x === 800 ? 460 : 520}" width="16" height="${x === 800 ? 140 : 80}" fill="${accent}"/>`).join('')}`;
    case 'city':
      return [120, 260, 380, 560, 700, 860, 1000, 1180, 1320, 1460]
        .map((x, i) => {
          const h = 220 + ((i * 137) % 380);
          const windows = Array.from({ length: Math.floor(h / 60) }, (_, r) => `<rect x="${x + 20}" y="${900 - h + 30 + r * 60}" width="60" height="24" fill="${accent}" opacity="0.6"/>`).join('');
          return `<rect x="${x}" y="${900 - h}" width="110" height="${h}" fill="${ground}"/>${windows}`;
        })
        .join('');
    case 'table':
      return `<circle cx="800" cy="450" r="260" fill="${ground}"/>
        ${Array.from({ length: 12 }, (_, i) => {
          const angle = (i / 12) * Math.PI * 2;
          return `<circle cx="${800 + Math.cos(angle) * 330}" cy="${450 + Math.sin(angle) * 330}" r="42" fill="${accent}"/>`;
        }).join('')}`;
    case 'turbines':
      return `<path d="M0 700 Q800 560 1600 700 V900 H0Z" fill="${ground}"/>
        ${[420, 800, 1180].map((x, i) => {
          const top = 300 + i * 20;
          const blades = [0, 120, 240].map((deg) => `<rect x="${x - 6}" y="${top - 170}" width="12" height="170" fill="${accent}" transform="rotate(${deg + i * 25} ${x} ${top})"/>`).join('');
          return `<rect x="${x - 8}" y="${top}" width="16" height="${700 - top - 60 + i * 10}" fill="${accent}"/>${blades}<circle cx="${x}" cy="${top}" r="14" fill="${accent}"/>`;
        }).join('')}`;
    case 'harbour':
      return `<rect y="640" width="1600" height="260" fill="${ground}"/>
        ${[200, 700, 1150].map((x, i) => `<path d="M${x} 640 h${300 - i * 40} l-40 70 h-${220 - i * 40}z" fill="${accent}"/><rect x="${x + 40}" y="590" width="${160 - i * 30}" height="50" fill="#f1f1f1"/>`).join('')}
        ${[350, 1000].map((x) => `<path d="M${x} 640 V300 H${x + 220} M${x} 330 L${x + 180} 300" stroke="#f2c14e" stroke-width="14" fill="none"/>`).join('')}`;
  }
}

/** A PNG drawn from the image's palette and scene; the same seed always gives the same picture. */
export function drawDemoImage(image: DemoImageSeed): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${image.sky[1]}"/><stop offset="1" stop-color="${image.sky[0]}"/></linearGradient></defs>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>${scene(image)}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

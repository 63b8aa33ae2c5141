// Demo images, drawn by the seed from simple shapes (no photographs, nothing downloaded).

export interface DemoImageSeed {
  /** Stable key; stored as the original file name `demo-<key>.png`. */
  key: string;
  alt: string;
  caption: string;
  sky: [string, string];
  ground: string;
  accent: string;
  scene: 'hills' | 'river' | 'city' | 'table' | 'turbines' | 'harbour';
}

export const demoImages: DemoImageSeed[] = [
  { key: 'hills-dawn', alt: 'Illustration of green hills under a pale dawn sky', caption: 'Morning over the valley.', sky: ['#f6d7a7', '#9cc3e6'], ground: '#4f7d4a', accent: '#f2b24c', scene: 'hills' },
  { key: 'river-bridge', alt: 'Illustration of a bridge crossing a wide river at dusk', caption: 'A river crossing shared by two communities.', sky: ['#f4a261', '#3d5a80'], ground: '#2a4d69', accent: '#e9c46a', scene: 'river' },
  { key: 'city-blue', alt: 'Illustration of a city skyline in shades of blue', caption: 'The capital at the start of the working day.', sky: ['#cfe3f5', '#6b9fd1'], ground: '#28476b', accent: '#f7f7f7', scene: 'city' },
  { key: 'round-table', alt: 'Illustration of a round table seen from above with twelve seats', caption: 'Delegations around one table.', sky: ['#eef2f5', '#d5dde5'], ground: '#8a5a3b', accent: '#1f4e79', scene: 'table' },
  { key: 'wind-turbines', alt: 'Illustration of three wind turbines on a ridge', caption: 'Renewable power on the ridge above the town.', sky: ['#d8f0f2', '#7fb7c9'], ground: '#6a8f3f', accent: '#ffffff', scene: 'turbines' },
  { key: 'harbour', alt: 'Illustration of cargo ships in a harbour with cranes', caption: 'Goods moving through the port.', sky: ['#fde2c8', '#88a9c7'], ground: '#1e3d59', accent: '#d1495b', scene: 'harbour' },
  { key: 'hills-autumn', alt: 'Illustration of rolling hills in autumn colours', caption: 'Autumn in the border region.', sky: ['#f9e0b0', '#c7d8e8'], ground: '#a05a2c', accent: '#e07a1f', scene: 'hills' },
  { key: 'city-night', alt: 'Illustration of a city skyline at night with lit windows', caption: 'Evening in the city centre.', sky: ['#1b2a49', '#4a5d8a'], ground: '#0f1a30', accent: '#ffd166', scene: 'city' },
];

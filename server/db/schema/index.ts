export * from './foundation';
export * from './certifications';
export * from './pathways';
export * from './assistance';
export * from './network';
export * from './appointments';

export * from './foundation';
export * from './certifications';

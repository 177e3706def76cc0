// The e2e tests drive the same replica browser as `npm run demo`.
export * from '../../scripts/replica/browser';

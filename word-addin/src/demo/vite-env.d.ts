// The demo bundles its examples as assets (`?raw`, `?url`) and imports its CSS through Vite.
/// <reference types="vite/client" />

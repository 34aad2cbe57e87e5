import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Tooltip.css';

/** Mantine's Tooltip and its styles, loaded by on-demand-tooltip.tsx the first time a tooltip is wanted. */
export { Tooltip } from '@mantine/core';

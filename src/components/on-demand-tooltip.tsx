import { cloneElement, lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactElement, type Ref } from 'react';
import type { TooltipProps } from '@mantine/core';

const Tooltip = lazy(() => import('./tooltip-layer').then((m) => ({ default: m.Tooltip })));

interface TargetProps {
  ref?: Ref<HTMLElement>;
  onMouseEnter?: () => void;
  onMouseLeave?: () => void;
  onFocus?: (event: { currentTarget: HTMLElement }) => void;
  onBlur?: () => void;
  onTouchStart?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}

type OnDemandTooltipProps = Omit<TooltipProps, 'children' | 'target' | 'opened' | 'events'> & {
  /** One element that takes a ref and is focusable (the tooltip also opens on keyboard focus). */
  children: ReactElement<TargetProps>;
};

/**
 * Mantine's Tooltip, shown on hover, keyboard focus or touch, and dismissed by Escape, as `events={{ hover, focus,
 * touch }}` did; but the tooltip (floating-ui, Popover, Transition: about 17 kB gzip) loads and mounts only when it
 * is first wanted. A directory page of 25 rows built 25-50 floating instances on first render, and put that code on
 * the first view (issue #15). The target is drawn by this component, so it is never re-created: focus stays on it.
 */
export function OnDemandTooltip({ children, ...tooltip }: OnDemandTooltipProps) {
  const target = useRef<HTMLElement>(null);
  const [wanted, setWanted] = useState(false);
  const [opened, setOpened] = useState(false);
  const show = () => {
    setWanted(true);
    setOpened(true);
  };
  const hide = () => setOpened(false);
  return (
    <>
      {cloneElement(children, {
        ref: target,
        onMouseEnter: show,
        onMouseLeave: hide,
        // Keyboard focus only, as Mantine's: a click does not open it (a hover already has).
        onFocus: (event) => {
          if (event.currentTarget.matches(':focus-visible')) show();
        },
        onBlur: hide,
        onTouchStart: show,
        onKeyDown: (event) => {
          if (event.key === 'Escape') hide();
        },
      })}
      {wanted && (
        <Suspense fallback={null}>
          <Tooltip {...tooltip} target={target} opened={opened} />
        </Suspense>
      )}
    </>
  );
}

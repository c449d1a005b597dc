// If a screen throws (say, an imported rules bundle with a gap the engine refuses), the
// person sees what happened in words and can start over, never a blank window.
import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface Props extends WithTranslation {
  children: ReactNode;
  onStartOver: () => void;
}

class Boundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    const { t, onStartOver, children } = this.props;
    if (!error) return children;
    return (
      <div className="screen" role="alert">
        <h1>{t('app.screenFailed')}</h1>
        <p>{t('app.loadFailedDetail', { message: error.message })}</p>
        <button type="button" onClick={onStartOver}>{t('nav.startOver')}</button>
      </div>
    );
  }
}

export const ScreenErrorBoundary = withTranslation()(Boundary);

import type { ReactNode } from 'react';
import type { OsaraSectionCode } from '#domain/osara/index';
import { AnalysisSection } from './AnalysisSection';
import { AssessmentSection } from './AssessmentSection';
import { GovernanceSection } from './GovernanceSection';
import { ObjectiveSection } from './ObjectiveSection';
import type { OsaraRecord } from './osara-record';
import { ResponseSection } from './ResponseSection';
import { ReviewHistory } from './ReviewHistory';
import { ScanningSection } from './ScanningSection';

/** The form of one section. Keyed by problem so a different problem starts a fresh draft. */
export function SectionBody({
  section,
  problem,
}: {
  section: OsaraSectionCode;
  problem: OsaraRecord;
}): ReactNode {
  switch (section) {
    case 'objective':
      return <ObjectiveSection key={problem.id} problem={problem} />;
    case 'scanning':
      return <ScanningSection key={problem.id} problem={problem} />;
    case 'analysis':
      return <AnalysisSection key={problem.id} problem={problem} />;
    case 'response':
      return <ResponseSection key={problem.id} problem={problem} />;
    case 'assessment':
      return <AssessmentSection key={problem.id} problem={problem} />;
    case 'governance':
      return (
        <GovernanceSection
          key={problem.id}
          problem={problem}
          reviewHistory={<ReviewHistory problemId={problem.id} />}
        />
      );
  }
}

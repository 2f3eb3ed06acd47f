import type { TextValue } from './translate';

/**
 * Every word of the interface in English, by dotted key; marks' own words stay in their
 * definitions. A hub rewords any of these in its brand file; a translation is a map like this one.
 * `{name}` is filled in; `{ one, other }` (and `zero`) are plural forms chosen by `count`.
 */
export const en = {
  // Every page: the header, footer and breadcrumbs.
  'layout.skipLink': 'Skip to main content',
  'layout.marksNav': 'Marks',
  'layout.searchLabel': 'Search all marks',
  'layout.searchButton': 'Search',
  'layout.footerNote':
    'Criteria are published word for word from each mark’s source document; where a source is silent, the page says so. Your answers stay in this browser: nothing you enter is sent anywhere.',
  'layout.sources': 'Source documents',
  'layout.sourceLine': '{title} ({date}).',
  'layout.accessibility': 'Accessibility statement',
  'layout.privacy': 'Privacy: your answers stay on your device',
  'layout.breadcrumb': 'Breadcrumb',
  'layout.home': 'Home',

  // The home page.
  'home.intro':
    'Read each mark’s criteria word for word from its source, print clean grids for staff meetings, and check your school’s readiness with self-assessment tools that keep every answer on this device.',
  'home.marks': 'Marks',
  'home.levels': '{counted}: {names}. ',
  'home.source': 'Source: {date}.',

  // The page for an address that does not exist.
  'notFound.title': 'Page not found',
  'notFound.description': 'The page you asked for is not here. Find the mark you need from the list of marks.',
  'notFound.check': 'If you typed the address, check it is correct. If you followed a link, the page may have moved.',
  'notFound.marks': 'These are the marks on this site:',
  'notFound.home': 'Go to the home page',

  // Search.
  'search.title': 'Search',
  'search.description': 'Search the criteria, guidance and research of every quality mark on this site. The search runs in your browser.',
  'search.label': 'Search criteria, guidance and research across every mark',
  'search.button': 'Search',
  'search.noscript': 'Search runs in your browser and needs JavaScript. Every mark’s pages are listed on the {link}.',
  'search.noscriptLink': 'home page',
  'search.searching': 'Searching…',
  'search.none': 'No pages match “{query}”. Try fewer or different words.',
  'search.found': { one: '1 page matches “{query}”{shown}.', other: '{count} pages match “{query}”{shown}.' },
  'search.showing': ' (showing the first {count})',

  // The privacy page.
  'privacy.title': 'Privacy: your answers stay on your device',
  'privacy.description': 'The {site} sends nothing about you or your school anywhere: no cookies, no analytics, no third-party requests.',
  'privacy.cookies': 'The site sets no cookies and runs no analytics or tracking.',
  'privacy.files': 'Every file the site uses, including its typeface, comes from the site itself: your browser contacts no other organisation.',
  'privacy.storage':
    'Answers you enter in a self-assessment tool are saved in your browser’s local storage on this device, so they are still there when you come back. They are never sent to the site or anyone else. This storage is strictly necessary to provide the tool you asked for.',
  'privacy.delete':
    'To delete them, use “Clear this mark’s answers” on any of the mark’s self-assessment pages, or clear this site’s data in your browser. The school name you type to print your answers is kept the same way: empty its box in any Print control to delete it.',
  'privacy.shared': 'On a shared computer, {device}: clear everything this site saved there when you finish, or stop it saving answers there at all.',
  'privacy.deviceLink': 'see what this site has saved on this device',
  'privacy.fileAndLink':
    'A file you save, and a link you make to share answers, hold the answers themselves. The link carries them after its “#”, which browsers never send to a server; whoever has the file or link can read them.',
  'privacy.persist':
    'When you first save an answer, the site asks your browser to keep this storage even when the device runs short of space (“persistent storage”). The browser decides; either way nothing leaves the device.',
  'privacy.safari':
    'Safari deletes what a site has stored after seven days without a visit to that site. If you use Safari, open the tools at least once a week during a self-assessment.',

  // The mark's page for files and links, the page a shared link opens, and this device's saved data.
  'filesPage.title': 'Save, open and share answers',
  'filesPage.description':
    'Save the {mark} answers kept on this device to a file, open a file, share them with a link, or download every tool’s answers as a spreadsheet.',
  'filesPage.lede':
    'Answers are saved in this browser only. A file keeps them safe, moves them to another computer, or hands them to a colleague, adviser or assessor.',
  // The mark's page that combines colleagues' files (issue 9).
  'teamPage.title': 'Combine colleagues’ answers',
  'teamPage.description':
    'Combine self-assessment files of the {mark} from colleagues or the schools of a cluster, see where people disagree, and agree one set of answers.',
  'teamPage.lede':
    'Each person saves their answers to a file and sends it to you. Add the files here: they are read in this browser and sent nowhere, and they are forgotten when you leave the page, unless you make the agreed answers this device’s own.',
  'teamPage.filesLink': 'To combine several colleagues’ or schools’ files, use {link}.',
  'sharedPage.title': 'Shared answers',
  'sharedPage.description': 'Answers to the {mark} shared with a link: read-only, with the choice to import them to this device.',
  'devicePage.title': 'Answers saved on this device',
  'devicePage.description':
    'What the {site} has saved in this browser, a control to clear all of it, and a setting not to save answers on this device at all.',
  'devicePage.lede': 'The tools save what you enter in this browser, on this device only. Nothing is ever sent anywhere.',

  // The accessibility statement.
  'accessibility.title': 'Accessibility statement',
  'accessibility.description': 'How the {site} meets WCAG 2.2 AA, how it is tested, and how to report a problem.',
  'accessibility.intro':
    'We want everyone who works in or with schools to be able to use this site, including people who use a keyboard, a screen reader, magnification or voice control.',
  'accessibility.howHeading': 'How accessible this site is',
  'accessibility.aim': 'The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. In particular:',
  'accessibility.keyboard': 'every page and every self-assessment tool can be used with a keyboard alone, with a visible focus indicator;',
  'accessibility.grids':
    'criteria grids are real tables with captions and header cells, and reflow into cards on narrow screens down to 320 pixels wide;',
  'accessibility.announced': 'results that change as you answer are also announced to screen readers, after a short pause;',
  'accessibility.resize': 'text can be resized to 200% without loss of content.',
  'accessibility.testHeading': 'How we test it',
  'accessibility.test':
    'Every built page, and each self-assessment tool with answers entered, is checked automatically with axe against the WCAG 2.2 A and AA rules before any change is published. Automated browser tests also answer questions with the keyboard alone.',
  'accessibility.limitsHeading': 'Known limitations',
  'accessibility.limits':
    'The source documents were published as PDFs and web pages; where their wording is unclear or incomplete, the page says so rather than guessing.',
  'accessibility.reportHeading': 'Reporting a problem',
  'accessibility.report': 'If you find something hard to use, tell {contact}, saying which page and what happened.',
  'accessibility.defaultContact': 'the organisation that hosts this copy of the site',

  // A mark's pages: its navigation, level pages and grids.
  'mark.pages': '{mark} pages',
  'mark.guidance': 'Guidance',
  'mark.criteria': 'Criteria',
  'mark.criteriaBy': 'Criteria by {noun}',
  'mark.selfAssessment': 'Self-assessment',
  'mark.levelCriteria': '{level} criteria',
  'mark.selfAssess': 'Self-assess',
  'mark.seeCriteria': 'See the {level} criteria',
  'mark.levelSelfAssessment': '{level} self-assessment',
  'requirements.before': 'Before this {noun}:',
  'requirements.mustShow': 'What the school must show',
  'requirements.ruleUsed': 'Rule used by this site:',
  'requirements.references': { one: 'Source reference:', other: 'Source references:' },
  'grid.area': 'Area',
  'grid.statement': 'Statement',
  'grid.activity': 'Activity',
  'grid.editorsNote': 'Editor’s note: {note}',
  'grid.source': 'Source: {source}',
  'grid.ratedCaption': 'The {items}, the statement rated for each, and the source’s words',
  'grid.ratedStatement': 'Statement leaders and staff rate',
  'grid.ratedStatementShort': 'Statement rated',
  'grid.sourceSentence': 'Source sentence',
  'levelPage.title': '{level}: {scope} criteria',
  'levelPage.description':
    'Every {level} criterion of the {mark}, word for word from the source, as a grid to read on screen or print for a staff meeting.',
  'levelPage.selfAssess': 'Self-assess against {level}',
  'levelPage.checkReadiness': 'Check readiness',
  'levelPage.checkReadinessOf': 'Check {noun} readiness',
  'levelPage.grid': 'The {level} grid',

  // The tools' pages, around the islands.
  'selfAssessmentPage.title': '{level} self-assessment',
  'selfAssessmentPage.description':
    'Check your school against every {level} criterion of the {mark} and see at once what is met and what is missing. Answers stay in your browser.',
  'selfAssessmentPage.lede': 'Answer each criterion; what is met, and what is still missing, update as you go.',
  'selfAssessmentPage.howItWorks': 'How this works and what is kept',
  'selfAssessmentPage.kept':
    'Your answers, evidence notes and actions are saved in this browser only, on this device, and are shared by every {mark} page. Nothing is sent anywhere. They stay until you clear them.',
  'readinessPage.title': 'Readiness',
  'readinessPage.titleOf': '{Noun} readiness',
  'readinessPage.description':
    'How ready is your school for the {mark}? Combines your self-assessment with the mark’s other requirements and says what is still missing.',
  'readinessPage.lede': 'Brings together your answers on every {noun} and names the furthest {noun} your school has reached.',
  'readinessPage.ledeInOrder':
    'Brings together your answers on every {noun}, applies the rule that each {noun} needs every {noun} before it, and names the furthest {noun} your school has reached.',
  'readinessPage.ledeSingle': 'Brings together your answers and the other requirements, and says what is still missing.',
  'auditPage.description':
    'Rate your school against each {item} of the {mark}, with evidence. The audit stays in your browser and feeds the priorities.',
  'auditPage.lede': 'Rate the school against each {item} of the framework, and note the evidence for each rating.',
  'questionnairePage.description':
    'An anonymous questionnaire for staff on the {mark}: answer on your own device and hand in the file it saves. Nothing is sent anywhere.',
  'questionnairePage.privateHeading': 'Anonymous and private.',
  'questionnairePage.private':
    'This questionnaire asks for no name and sends nothing anywhere. Your answers stay on this device until you save them as a file, which you then hand in. Printing this page gives a blank paper copy.',
  'questionnairePage.paperCaption': '{mark}: {title} (tick one box per statement)',
  'prioritiesPage.description':
    'Combine the audit with the staff’s questionnaire files and rank the {items} of the {mark} from weakest to strongest, on your own device.',
  'prioritiesPage.lede': 'Drop in the staff response files; the {items} are ranked from weakest to strongest, with the audit beside the staff view.',
  'surveysPage.description':
    'Record or import your surveys of {groups} for the {mark}, and see response rates and the share agreeing with each question.',
  'surveysPage.lede': 'For each group, type in your survey’s figures or import the CSV file your online form exports. Nothing leaves this device.',
  'surveysPage.csvHeading': 'What a CSV file should look like',
  'surveysPage.csv':
    'The first row holds the questions, one per column; each further row is one person’s answers. Answers of {agreeing} count as agreeing. Columns such as {ignored} are ignored. A file with a short row, a missing heading or an answer the tool does not recognise is not imported: the tool lists what to correct and keeps the figures you had.',
  'surveysPage.private':
    'A group with fewer than {count} responses, or a question fewer than {count} answered, is not broken down: its shares agreeing are not shown, so no one in a small group can be identified.',
  'surveysPage.noJudging': 'The tool reports the figures without judging them.',
  'surveysPage.or': ' or ',

  // The tools' shell: saved data that could not be read, and the clear control.
  'saved.heading': 'Some saved answers could not be read.',
  'saved.checkBelow': 'Check what is shown below; anything you change is saved as usual.',
  'saved.notSavedHeading': 'Your last change was not saved on this device.',
  'saved.notSaved':
    'This browser’s storage for the site is full or switched off (private browsing can do this). What you entered is still on this page, so keep it open: free some space, for example by clearing other sites’ data, and your next change saves everything again.',
  'saved.clearedHeading': 'The {what} saved on this device were cleared in another tab or window.',
  'saved.cleared': 'This page still shows them. Put them back, or let them go.',
  'saved.putBack': 'Put back what this page showed',
  'saved.letGo': 'Let them go',
  'saved.downloadUnread': 'Download what could not be read',
  'saved.keep': 'Keep what was read',
  'saved.startAgain': 'Start again with no answers',
  'saved.notJson': 'The saved {what} are not valid JSON, so none could be read.',
  'saved.notRecognised': 'The saved {what} are not in a form this site recognises, so none could be read.',
  'saved.newer': 'The saved {what} come from a newer version of this site, which this page cannot read. A copy is kept aside on this device.',
  'saved.what.answers': 'answers',
  'saved.what.audit': 'audit ratings',
  'saved.what.questionnaire': 'questionnaire answers',
  'saved.what.responses': 'questionnaire responses',
  'saved.what.surveys': 'survey figures',
  'saved.what.school': 'school details',
  'saved.damaged.answers': {
    one: '1 saved answer was damaged and could not be read; the rest are kept.',
    other: '{count} saved answers were damaged and could not be read; the rest are kept.',
  },
  'saved.damaged.audit': {
    one: '1 saved rating was damaged or off the scale and could not be read; the rest are kept.',
    other: '{count} saved ratings were damaged or off the scale and could not be read; the rest are kept.',
  },
  'saved.damaged.questionnaire': {
    one: '1 saved answer was damaged or off the scale and could not be read; the rest are kept.',
    other: '{count} saved answers were damaged or off the scale and could not be read; the rest are kept.',
  },
  'saved.damaged.responses': {
    one: '1 saved response was damaged and could not be read; the rest are kept.',
    other: '{count} saved responses were damaged and could not be read; the rest are kept.',
  },
  'saved.damaged.surveys': {
    one: 'The saved figures for 1 group were damaged and could not be read; the rest are kept.',
    other: 'The saved figures for {count} groups were damaged and could not be read; the rest are kept.',
  },
  'saved.damaged.school': {
    one: '1 saved school detail was damaged and could not be read; the rest are kept.',
    other: '{count} saved school details were damaged and could not be read; the rest are kept.',
  },
  'clear.open': '{label}…',
  'clear.warning': 'This deletes {what}. It cannot be undone.',
  'clear.confirm': 'Yes, delete them',
  'clear.cancel': 'No, keep them',
  'clear.done': 'Deleted.',

  // The words of the tools' clear controls, which name the mark (pages pass them to the islands).
  'tools.clearMarkAnswers': 'Clear this mark’s answers',
  'tools.clearMarkAnswersWhat': 'every answer, note and action entered for the {mark} in this browser, on every {noun}',
  'tools.clearEverythingForMark': 'Clear everything for this mark',
  'tools.clearEverythingForMarkWhat':
    'everything entered for the {mark} in this browser: answers, notes, actions, ratings, responses and survey figures',
  'tools.clearAudit': 'Clear the audit',
  'tools.clearAuditWhat': 'every audit rating and evidence note for the {mark} in this browser',
  'tools.clearQuestionnaire': 'Clear my answers from this device',
  'tools.clearQuestionnaireWhat': 'your questionnaire answers from this browser',
  'tools.clearResponses': 'Remove all staff responses',
  'tools.clearSurveys': 'Clear all survey figures',
  'tools.clearSurveysWhat': 'every survey figure entered or imported for the {mark} in this browser',

  // Counting a level's criteria by what the source calls them.
  'criteria.count.roleGrid': { one: '{count} statement', other: '{count} statements' },
  'criteria.count.statements': { one: '{count} statement', other: '{count} statements' },
  'criteria.count.roleActivities': { one: '{count} activity', other: '{count} activities' },
  'criteria.count.elements': { one: '{count} element', other: '{count} elements' },
  'criteria.noun.roleGrid': { one: 'statement', other: 'statements' },
  'criteria.noun.statements': { one: 'statement', other: 'statements' },
  'criteria.noun.roleActivities': { one: 'activity', other: 'activities' },
  'criteria.noun.elements': { one: 'element', other: 'elements' },

  // A level's award rule, in words.
  'rule.share.half': 'more than half',
  'rule.share.any': 'at least one',
  'rule.share.percent': 'more than {percent}%',
  'rule.allMet': 'All {counted} must be met.',
  'rule.bestFit': 'Best fit: most of the {counted} met, which this site takes as {share} (at least {needed}).',
  'rule.bestFitWithActions':
    'Best fit: most of the {counted} met, which this site takes as {share} (at least {needed}), with an action in place for each one not met.',

  // A level's self-assessment.
  'criterion.tickAny': 'Tick any that apply.',
  'criterion.neededForBestFit': '{label} (needed for best fit)',
  'level.formLabel': '{level} self-assessment',
  'level.soFar': '{level} so far',
  'level.metOf': '{met} of {counted} met',
  'level.answered': '({count} answered)',
  'level.most': 'most ({share})',
  'level.all': 'all {total}',
  'level.enough': 'That is {needed}.',
  'level.notEnough': 'Not yet {needed}: {count} needed.',
  'level.toGo': 'Not yet {needed}: {count} needed, {more} more to go.',
  'level.toGoAtLeast': 'Not yet {needed}: at least {count} needed, {more} more to go.',
  'level.unmetWithoutAction': { zero: 'Every unmet criterion has an action.', other: '{count} unmet without an action.' },
  'level.everyUnmetHasAction': 'Every unmet criterion has an action in place.',
  'level.withoutAction': '{counted} not met and without an action',
  'level.allMetVerdict': 'All {counted} are met.',
  'level.notAllMetVerdict': 'Not every {noun} is met yet.',
  'level.bestFitMet': 'The {level} best-fit rule is met.',
  'level.bestFitNotMet': 'The {level} best-fit rule is not met yet.',
  'level.partOfReadiness': 'This is one part of readiness: {link}.',
  'level.checkReadiness': 'check readiness',
  'level.checkReadinessEvery': 'check readiness for every {every}',
  'requirements.heading': '{level}: the school must also show',
  'requirements.done': 'Done',
  'requirements.notYet': 'Not yet',
  'requirements.atVisit': '(checked at the assessment visit)',
  'gap.meetRemaining': { one: 'Meet the last {noun} not yet met.', other: 'Meet the {count} {noun} not yet met.' },
  'gap.meetMore': 'Meet {counted} more to reach most of the {level} criteria.',
  'gap.actionsMissing': {
    one: 'Put an action in place for the unmet {noun} that has none.',
    other: 'Put an action in place for {count} unmet {noun} that have none.',
  },
  'gap.unanswered': 'Answer the {count} remaining {noun}.',
  'gap.evidenceMissing': {
    one: 'Add supporting evidence to the met {noun} that has none.',
    other: 'Add supporting evidence to {count} met {noun} that have none.',
  },
  'gap.optionMissing': 'Mark at least one criterion as “{option}”.',
  'gap.optionMissingActivity': 'Mark at least one activity as “{option}”.',
  'gap.notRecorded': 'Record: {prompt}.',

  // The readiness checker.
  'readiness.result': 'Result',
  'readiness.indicative': 'This result is indicative.',
  'readiness.announceNext': '{headline} Next: {level}.',
  'readiness.whatBlocks': 'What blocks {level}',
  'readiness.stillNeeds': 'What {what} still needs',
  'readiness.it': 'it',
  'readiness.workOn': 'Work on {level}',
  'readiness.allInPlace': 'Everything this checker looks at is in place.',
  'readiness.caption': 'Every {noun}',
  'readiness.captionInOrder': 'Every {noun}, in the order they must be met',
  'readiness.criteriaMet': 'Criteria met',
  'readiness.ownRequirements': 'Own requirements',
  'readiness.counts': 'Counts?',
  'readiness.metOf': '{met} of {counted}',
  'readiness.needs': '(needs {count})',
  'readiness.requirementsDone': '{done} of {count} done',
  'readiness.yes': 'Yes',
  'readiness.metButBlocked': 'Met, but {level} comes first',
  'readiness.notYet': 'Not yet',

  // Rated items: the leaders' audit, the staff questionnaire and the priorities.
  'ratings.evidence': 'Evidence',
  'audit.soFar': 'Audit so far',
  'audit.status': '{rated} of {count} {items} rated.',
  'audit.toPriorities': 'When staff responses are in, {link}: the audit is combined with them there.',
  'audit.toPrioritiesLink': 'see the priorities',
  'questionnaire.handIn': 'Save your response to hand in',
  'questionnaire.status': '{answered} of {count} statements answered.',
  'questionnaire.leaveOut': 'You can leave out any you prefer not to answer.',
  'questionnaire.save': 'Save my response as a file',
  'questionnaire.saved':
    'Saved as {file} in your downloads. Hand in this file as your school asks; if you change an answer, save again and hand in the newest file only.',
  'priorities.responsesHeading': 'Staff responses',
  'priorities.collected': {
    one: '1 staff response collected; leaders’ audit: {rated} of {total} rated',
    other: '{count} staff responses collected; leaders’ audit: {rated} of {total} rated',
  },
  'priorities.completeAudit': ' ({link})',
  'priorities.completeAuditLink': 'complete the audit',
  'priorities.addFiles': 'Add response files (.json): choose them, or drop them here',
  'priorities.added': { one: '1 response added', other: '{count} responses added' },
  'priorities.repeated': '; {count} already collected, not counted twice',
  'priorities.unusable': { one: '1 file could not be used.', other: '{count} files could not be used.' },
  'priorities.nothingChanged': 'Nothing already collected was changed.',
  'priorities.caption': 'Draft improvement priorities, weakest first',
  'priorities.rank': 'Rank',
  'priorities.staffMean': 'Staff (mean)',
  'priorities.views': 'Where views differ',
  'priorities.notRated': 'Not rated',
  'priorities.meanFrom': '{mean} from {count}',
  'priorities.scaleNote': {
    one: 'Ratings run from {low} ({lowLabel}) to {high} ({highLabel}). Leaders and staff count equally; views differ when they are {count} point or more apart. Tied {items} share a rank.',
    other:
      'Ratings run from {low} ({lowLabel}) to {high} ({highLabel}). Leaders and staff count equally; views differ when they are {count} points or more apart. Tied {items} share a rank.',
  },
  'priorities.downloadCsv': 'Download as CSV',
  'priorities.print': 'Print',
  'priorities.clearWhat': {
    one: 'the 1 staff response collected in this browser (the leaders’ audit is kept)',
    other: 'the {count} staff responses collected in this browser (the leaders’ audit is kept)',
  },

  // Stakeholder surveys.
  'surveys.overviewCaption': 'Response rates by group',
  'surveys.group': 'Group',
  'surveys.invited': 'Invited',
  'surveys.responses': 'Responses',
  'surveys.responseRate': 'Response rate',
  'surveys.questions': 'Questions',
  'surveys.notGiven': 'Not given',
  'surveys.needsInvited': 'Needs the number invited',
  'surveys.importLabel': 'Import a CSV file exported from your online form',
  'surveys.imported': 'Imported {count} responses to {questions} questions from {file}.',
  'surveys.notImported': 'The file was not imported',
  'surveys.correctThese': ', so the figures below are unchanged. Correct these and import it again:',
  'surveys.numberInvited': 'Number invited',
  'surveys.numberResponses': 'Number of responses',
  'surveys.importedFrom': 'Figures imported from {file}.',
  'surveys.rateLabel': 'Response rate:',
  'surveys.enterInvited': 'enter the number invited to see it.',
  'surveys.rate': '{rate} ({responses} of {invited}).',
  'surveys.inconsistent': 'These figures cannot all be right:',
  'surveys.questionsCaption': '{group}: share agreeing with each question',
  'surveys.question': 'Question',
  'surveys.questionN': 'Question {n}',
  'surveys.questionLower': 'question {n}',
  'surveys.questionAgreeing': 'Question {n}: number agreeing',
  'surveys.questionAnswering': 'Question {n}: number answering',
  'surveys.agreeing': 'Agreeing',
  'surveys.answered': 'Answered',
  'surveys.share': 'Share agreeing',
  'surveys.noAnswers': 'No answers',
  'surveys.hidden': 'Not shown: fewer than {count} answers',
  'surveys.groupHidden': 'Fewer than {count} responses: the answers are not broken down, so no one in a small group can be identified.',
  'surveys.remove': 'Remove',
  'surveys.addQuestion': 'Add a question',
  'surveys.forGroup': 'for {group}',
  'surveys.next': 'Next, check what an assessment visit looks for at each {noun}: {link}.',
  'surveys.checklists': 'the {noun} checklists',

  // Print: the running header and footer of every printed sheet, the grid pages' print control and the pack.
  'printPage.pageOf': 'Page {page} of {pages}',
  'printPage.source': 'Source: {title} ({date})',
  'printPage.heading': 'Print',
  'printPage.blank':
    'Blank, for discussion: use your browser’s Print command (Ctrl+P, or ⌘P on a Mac) on this page. The grid prints on A4 with an empty box for each answer and without the site’s navigation.',
  'printPage.pack': 'Printable {level} pack: guidance, rules and grid in one document',
  'printPage.answers': 'Our answers: {link}, then use the Print button there.',
  'printPage.answersLink': 'self-assess against {level}',
  'printPage.evidence': 'Evidence',
  'packPage.title': '{level} pack: guidance, rules and grid',
  'packPage.description': 'The {level} guidance, rules and criteria grid of the {mark} in one document, to print for a staff meeting.',
  'packPage.howTo': 'Use your browser’s Print command (Ctrl+P, or ⌘P on a Mac) to print this pack or save it as a PDF.',
  'packPage.guidance': 'Guidance',
  'packPage.meeting': 'Meeting',
  'packPage.school': 'School',
  'packPage.date': 'Date',
  'packPage.present': 'Present',
  // The tools' print control (read by the islands).
  'print.heading': 'Print',
  'print.school': 'School name, printed on your answers (kept on this device only)',
  'print.answers': 'Print our answers',
  'print.blank': 'Print a blank copy for discussion',
  'print.schoolLine': 'School: {school}',
  'print.dateLine': 'Printed {date}',

  // Every tool's file control (read by the islands), and its notice when answers are kept in the tab only.
  'keep.heading': 'Keep a copy',
  'keep.save': 'Save to a file',
  'keep.more': 'Open a file, share a link or download a spreadsheet',
  'keep.saved': 'Saved {file} to your downloads.',
  'keep.failed': 'The file could not be made: {reason}',
  'keep.tabOnlyHeading': 'You chose not to save answers on this device.',
  'keep.tabOnly': 'What you enter is kept in this tab only, until you close it. Save to a file to keep it.',
  'keep.settings': 'Change this setting',

  // The mark's page for files, links and spreadsheets (read by its island).
  'files.onDevice': 'On this device',
  'files.nothing': 'Nothing is saved for this mark on this device yet.',
  'files.count.answers': { zero: 'No criteria answered', one: '1 criterion answered', other: '{count} criteria answered' },
  'files.count.audit': { zero: 'No audit ratings', one: '1 audit rating or note', other: '{count} audit ratings or notes' },
  'files.count.questionnaire': {
    zero: 'No questionnaire answers of your own',
    one: '1 questionnaire answer of your own',
    other: '{count} questionnaire answers of your own',
  },
  'files.count.responses': { zero: 'No staff responses collected', one: '1 staff response collected', other: '{count} staff responses collected' },
  'files.count.surveys': { zero: 'No survey groups recorded', one: '1 survey group recorded', other: '{count} survey groups recorded' },
  'files.saveHeading': 'Save to a file',
  'files.saveLede':
    'One file holds everything entered for this mark on this device: every answer, note and action, the audit, responses and survey figures, and the school’s name. Keep it somewhere safe, send it to a colleague or adviser, or open it on another computer.',
  'files.school': 'School name, saved in the file (optional)',
  'files.openHeading': 'Open a file',
  'files.openLede': 'Choose a self-assessment file saved from this mark. Nothing changes until you have seen what it holds and said yes.',
  'files.choose': 'Self-assessment file (.json)',
  'files.refusedHeading': '{file} was not opened.',
  'files.unchanged': 'Nothing on this device has changed.',
  'files.refused.tooLarge': 'It is {size}, far larger than a self-assessment file (at most 5 MB). Choose the .json file this site saved.',
  'files.refused.notJson':
    'It is not a complete self-assessment file: it may have been cut short, or it is another kind of file. Choose the .json file this site saved, or save it again.',
  'files.refused.notRecognised': 'It is not a self-assessment file from this site. Choose the .json file that “Save to a file” made.',
  'files.refused.otherMark': 'It holds answers for the {other}, not the {mark}. Open it on that mark’s pages.',
  'files.refused.newer':
    'It was saved by a newer version of this site, which this copy cannot read without losing something. Open it where it was saved, or ask whoever runs this site to update it.',
  'files.refused.damaged': 'Part of it is damaged ({where}), so it cannot be read safely. Open the copy you sent or received, or save it again.',
  'files.previewHeading': 'What {file} holds',
  'files.previewMeta': 'Saved {date}{school}, against revision {revision} of the criteria (this site has revision {current}).',
  'files.previewSchool': ' for {school}',
  'files.change.inFile': '{what}: {count} in the file',
  'files.change.differ': { zero: 'none differ from this device', one: '1 differs from this device', other: '{count} differ from this device' },
  'files.change.onlyHere': { zero: '', one: '1 only on this device will go', other: '{count} only on this device will go' },
  'files.unknownHeading': {
    one: '1 answer is for something this revision of the mark does not have',
    other: '{count} answers are for things this revision of the mark does not have',
  },
  'files.unknownLede': 'They are kept with your answers and in every file you save, but the tools do not count them:',
  'files.replace': 'Replace this device’s answers with the file’s',
  'files.cancel': 'Cancel',
  'files.replaced': 'Opened {file}: the answers on this device are now the file’s.',
  'files.shareHeading': 'Share a link',
  'files.shareLede':
    'The link carries the answers themselves, compressed, after the “#”, which browsers never send to a server. Whoever opens it sees the results, read-only, and can choose to import them. Anyone with the link can read the answers: send it only to people who should.',
  'files.makeLink': 'Make a link',
  'files.linkLabel': 'Link to these answers',
  'files.copy': 'Copy the link',
  'files.copied': 'Link copied.',
  'files.copyByHand': 'This browser does not let the site copy here: the link is selected, so copy it with Ctrl+C (⌘C on a Mac).',
  'files.linkLength': { one: 'The link is 1 character long.', other: 'The link is {count} characters long.' },
  'files.csvHeading': 'Download a spreadsheet',
  'files.csvLede': 'Every tool’s answers, evidence and actions for this mark as a CSV file that Excel, Numbers and LibreOffice open.',
  'files.csv': 'Download the spreadsheet (CSV)',
  'files.csv.section': 'Tool or level',
  'files.csv.group': 'Area, role or group',
  'files.csv.id': 'Id',
  'files.csv.statement': 'Criterion or question',
  'files.csv.answer': 'Answer',
  'files.csv.evidence': 'Evidence',
  'files.csv.notInRevision': '(not in this revision of the mark)',
  'files.csv.responsesCollected': 'Staff responses collected',
  'files.csv.staffMean': { one: 'mean {mean} from 1 response', other: 'mean {mean} from {count} responses' },
  'files.csv.agreeing': '{agree} of {answered} agree ({percent})',
  'files.csv.responses': '{count} responses',
  'files.csv.responsesInvited': '{count} responses of {invited} invited',
  'files.what.answers': 'Criteria answered',
  'files.what.audit': 'Audit ratings and notes',
  'files.what.questionnaire': 'Questionnaire answers',
  'files.what.responses': 'Staff responses',
  'files.what.surveys': 'Survey groups',

  // Combining colleagues' files and agreeing one answer set (read by its island).
  'team.addHeading': 'Add files',
  'team.addLede': 'Choose or drop the self-assessment files your colleagues or cluster schools saved from this mark. You can add more at any time.',
  'team.choose': 'Self-assessment files (.json), one or more',
  'team.added': { zero: 'No file was added.', one: 'Added 1 file.', other: 'Added {count} files.' },
  'team.problemsHeading': { one: '1 file was left out.', other: '{count} files were left out.' },
  'team.problemsLede': 'The other files are combined.',
  'team.problem.duplicate': '{file} is the same save as {other}, so it is counted once.',
  'team.problem.empty': '{file} holds no answers.',
  'team.problem.refused': '{file}: {reason}',
  'team.filesHeading': { zero: 'Files combined', one: '1 file combined', other: '{count} files combined' },
  'team.none': 'No files yet.',
  'team.fileItem': '{file}{school}, saved {date}',
  'team.fileSchool': ' ({school})',
  'team.olderRevision': '(an older revision of the criteria, {revision})',
  'team.remove': 'Remove {file}',
  'team.removeShort': 'Remove',
  'team.combinedHeading': 'Combined answers',
  'team.sideBySide': 'Show each file’s answers side by side',
  'team.summary': {
    zero: 'Everyone who answered agrees on every criterion.',
    one: 'People disagree on 1 criterion: it is listed first.',
    other: 'People disagree on {count} criteria: the widest disagreements are listed first.',
  },
  'team.ties': {
    one: '1 criterion is tied and has no agreed answer until you choose one.',
    other: '{count} criteria are tied and have no agreed answer until you choose one.',
  },
  'team.caption': { zero: '{level}: no file answers it', one: '{level}: 1 file', other: '{level}: {count} files' },
  'team.col.criterion': 'Criterion',
  'team.col.share': 'Meeting it',
  'team.col.agreed': 'Agreed answer',
  'team.share': '{share} ({meeting} of {answered})',
  'team.noAnswers': 'No answers',
  'team.disagree': 'People disagree',
  'team.agreedFor': 'Agreed answer for “{criterion}”',
  'team.tie': 'Tied: choose',
  'team.noAnswer': 'No answer',
  'team.moderateHeading': 'Agree one set of answers',
  'team.moderateLede':
    'The agreed answer starts as the answer most people gave; choose another where the team agreed otherwise. Making it this device’s answers replaces the {level} answers here, shows you what would change first, and keeps each criterion’s spread in its evidence.',
  'team.useAgreed': 'Use the agreed answers on this device…',
  'team.previewName': 'the agreed {level} answers',
  'team.applied': 'The agreed {level} answers are now this device’s answers, with the spread of answers kept in each criterion’s evidence.',
  'team.note': 'Combined from {answered} of {files} files: {counts}.',

  // Answers opened from a shared link (read by its island).
  'shared.loading': 'Reading the shared answers…',
  'shared.none':
    'This page shows answers shared with a link. The link you followed carries none: ask for the whole link, which is long and ends with a long run of letters after “#”.',
  'shared.broken': 'The link is not whole: part of it was lost when it was copied. Ask for it again, or for a file.',
  'shared.heading': 'Answers shared with you',
  'shared.readOnly': 'Read-only: nothing here is saved on this device unless you import it.',
  'shared.import': 'Import these answers to this device',
  'shared.level': '{level}: {result}',
  'shared.met': 'would count',
  'shared.notMet': 'not yet',
  'shared.answered': '{answered} of {total} answered, {met} met',
  'shared.criterion': 'Criterion',
  'shared.answer': 'Answer',
  'shared.notes': 'Notes',
  'shared.item': 'Statement',
  'shared.rating': 'Rating',
  'shared.staff': 'Staff mean',
  'shared.group': 'Group',
  'shared.question': 'Question',
  'shared.agree': 'Agree',

  // This device's saved data, for shared computers (read by its island).
  'device.marksHeading': 'What this site has saved on this device',
  'device.none': 'Nothing. This site has saved no answers on this device.',
  'device.size': '{mark}: {size}',
  'device.clearHeading': 'Clear everything',
  'device.clearLede':
    'Deletes every answer, rating, response, survey figure and school name this site has saved on this device, for every mark. Save files first if you want to keep them.',
  'device.clear': 'Clear everything this site saved on this device',
  'device.clearWhat': 'everything this site has saved on this device, for every mark',
  'device.settingHeading': 'Shared computers',
  'device.settingLede':
    'On a computer that others use, you can stop this site saving answers on it. What you enter is then kept only in the open tab until you close it, and in the files you save.',
  'device.saveOff': 'Don’t save answers on this device',
  'device.saveOffWarning':
    'Turning this on also deletes everything this site has saved on this device now. Save files first if you want to keep anything.',
  'device.saveOffConfirm': 'Yes, delete and stop saving',
  'device.savingOff': 'Answers are not saved on this device: each tab keeps what is entered in it until it is closed.',
  'device.saveOn': 'Save answers on this device again',
  'device.savingOn': 'Answers are saved on this device, in this browser.',
  'device.cancel': 'Cancel',
} as const satisfies Record<string, TextValue>;

export type TextKey = keyof typeof en;

const SHELL = ['saved.', 'clear.', 'print.', 'keep.'] as const;

/** The keys each tool (a React island) reads, by key prefix; its page passes it these and no others. */
export const ISLAND_TEXT = {
  selfAssessment: [...SHELL, 'criteria.', 'criterion.', 'level.', 'requirements.', 'gap.', 'rule.share.'],
  readiness: [...SHELL, 'criteria.', 'readiness.', 'gap.'],
  audit: [...SHELL, 'ratings.', 'audit.'],
  questionnaire: [...SHELL, 'ratings.', 'questionnaire.'],
  priorities: [...SHELL, 'priorities.'],
  surveys: [...SHELL, 'surveys.'],
  files: [...SHELL, 'files.'],
  shared: [...SHELL, 'files.', 'shared.'],
  device: [...SHELL, 'device.'],
  team: [...SHELL, 'files.', 'team.'],
} as const;

/** The keys an island may read. */
export type IslandTextKey = Extract<TextKey, `${(typeof ISLAND_TEXT)[keyof typeof ISLAND_TEXT][number]}${string}`>;

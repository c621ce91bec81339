pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import FairGuard.Models

// The station's pages under the window (Main.qml): header bar, a stack of pages, the kiosk and
// the enrolment page. Made after the window's first frame (Main.qml's asynchronous Loader); the
// sign-in page stays on top of it in Main.qml whenever no officer is signed in. Pages stay
// alive under the sign-in page, so an idle lock or a change of officer loses no work.
Page {
    id: shell

    required property StationBackend backend

    font.pixelSize: Theme.fontSize
    // The window (Main.qml) draws the background, before and under the pages.
    background: null

    // Shows a page by name ("intake/3": a step of the wizard; "case/<action>": the first case
    // with that action's form open); returns false if it cannot be shown now.
    function showPage(name) {
        headerBar.syncDetailsOpen = name === "dashboard/sync"
        dashboard.searchText = ""  // the pages below look for cases in the whole list
        enrolmentPreview = name === "enrolment"
        if (name === "enrolment") {
            stack.pop(null, StackView.Immediate)
            return true
        }
        if (name === "signIn" || name.startsWith("signIn/")) {
            backend.session.lock()
            // "signIn/wrongPin": after one wrong PIN; "signIn/lockedOut": after wrong PINs
            // until the station locks (the tour has a supervisor reset it afterwards).
            const wrong = name === "signIn/wrongPin" ? 1 : name === "signIn/lockedOut" ? 10 : 0
            for (let i = 0; i < wrong && !backend.session.lockedOut; ++i)
                backend.session.trySignIn(backend.session.officerId, "0000")
            return true
        }
        const parts = name.split("/")
        if (parts[0] === "kiosk") {
            if (!backend.kioskDesk.active && !backend.kioskDesk.enter())
                return false
            if (!kioskPage)
                return false
            // "kiosk/scan": the booth step with the scanner page open over it.
            const scan = parts[1] === "scan"
            kioskPage.stage = scan ? "form" : parts.length > 1 ? parts[1] : "language"
            kioskPage.showFormStep(scan ? 3 : parts.length > 2 ? Number(parts[2]) : 0)
            kioskPage.showScanner(scan)
            if (kioskPage.stage === "thanks")
                kioskPage.receipt = Math.max(1, backend.kioskDesk.pendingCount)  // the tour's sample number
            return true
        }
        if (!backend.session.signedIn || backend.kioskDesk.active)
            return false
        switch (parts[0]) {
        case "dashboard":
            // "dashboard/booth": the booth view of the demo's busiest booth; "/noMatch": a
            // search that finds nothing; "/offline": the header's chip with the relay out of
            // reach (the tour sets that sync state).
            backend.cases.clearStatus()
            stack.pop(null, StackView.Immediate)
            dashboard.searchText = parts[1] === "booth" ? "9.1K23" : parts[1] === "noMatch" ? "no such booth" : ""
            return true
        case "intake":
            if (parts[1] === "draft") {  // "intake/draft/6": a step with the demo's draft case open
                for (let i = 0; i < backend.cases.count; ++i) {
                    const number = backend.cases.caseIdAt(i)
                    backend.currentCase.caseNumber = number
                    if (backend.currentCase.status === "draft" && backend.intake.resume(number)) {
                        openIntake(false)
                        backend.intake.step = Number(parts[2])
                        return true
                    }
                }
                return false
            }
            if (backend.intake.kioskSubmission > 0 && backend.intake.caseNumber === "")
                backend.intake.reset()  // the tour's earlier takeover is not this page's subject
            openIntake(false)
            backend.intake.step = parts.length > 1 ? Number(parts[1]) : 0
            return true
        case "case":
            // "case/receipt": the respondent's receipt of a served notice ("/refuse": refusing;
            // "/decision": of the decision notice; "/complainant": the complainant's of their slip).
            if (parts[1] === "receipt") {
                const complainant = parts[2] === "complainant"
                const about = parts[2] === "decision" ? "decision.recorded" : "notice.served"
                for (let i = 0; i < backend.cases.count; ++i) {
                    const number = backend.cases.caseIdAt(i)
                    backend.currentCase.caseNumber = number
                    if (complainant && backend.currentCase.complainantReceiptAbout !== "") {
                        openCase(number)
                        stack.currentItem.openComplainantReceipt()
                        return true
                    }
                    if (!complainant && backend.currentCase.receiptAbout === about) {
                        openCase(number)
                        stack.currentItem.openReceipt(parts[2] === "refuse")
                        return true
                    }
                }
                return false
            }
            // "case/decided": a decided (or closed) case with every section of its file ("/end":
            // scrolled to its last sections).
            if (parts[1] === "decided") {
                for (let i = 0; i < backend.cases.count; ++i) {
                    const number = backend.cases.caseIdAt(i)
                    backend.currentCase.caseNumber = number
                    if (backend.currentCase.status === "decided" || backend.currentCase.status === "closed") {
                        openCase(number)
                        if (parts[2] === "end")  // scrolled to the decision and how the case ended
                            stack.currentItem.scrollFactsToEnd()
                        return true
                    }
                }
                return false
            }
            // Without an action: a case waiting for its defence (it shows the countdown).
            const wanted = parts.length > 1 ? parts[1] : "defence.recorded"
            // Correcting needs an item; the state rule is that of adding evidence.
            const correcting = wanted === "evidence.corrected"
            for (let i = 0; i < backend.cases.count; ++i) {
                const number = backend.cases.caseIdAt(i)
                backend.currentCase.caseNumber = number
                if (backend.currentCase.allowedActions.indexOf(correcting ? "evidence.added" : wanted) >= 0
                        && (!correcting || backend.currentCase.evidence.count > 0)) {
                    openCase(number)
                    if (parts.length > 1)
                        stack.currentItem.openAction(parts[1])
                    if (parts[2] === "confirm")  // the decision form after choosing
                        stack.currentItem.showDecisionSample()
                    return true
                }
            }
            return false
        case "documentPreview": {
            // The first case's paper of that kind (default: a served notice, as shown to the
            // respondent; "documentPreview/acceptance": the complainant's acceptance slip).
            const kind = parts.length > 1 ? parts[1] : "notice"
            for (let i = 0; i < backend.cases.count; ++i) {
                const number = backend.cases.caseIdAt(i)
                backend.currentCase.caseNumber = number
                const papers = backend.currentCase.papers
                for (let p = 0; p < papers.length; ++p) {
                    if (papers[p].kind === kind) {
                        openCase(number)
                        stack.currentItem.openPaper(papers[p])
                        return true
                    }
                }
            }
            return false
        }
        case "today":
            // "today/<status>": the dashboard as a tap on that status's count leaves it.
            if (parts.length > 1) {
                backend.cases.showStatus(parts[1], 0, 0)
                stack.pop(null, StackView.Immediate)
                return true
            }
            openToday()
            return true
        case "kioskQueue":
            openKioskQueue()
            // "kioskQueue/takeOver": the wizard pre-filled from the first submission.
            if (parts.length > 1) {
                if (!backend.kioskDesk.takeOver(backend.kioskDesk.queue.submissionIdAt(0)))
                    return false
                openIntake(false)
            }
            return true
        case "scanner":
            stack.pop(null, StackView.Immediate)
            stack.push(scannerPage, {}, StackView.Immediate)
            return true
        }
        return false
    }

    function openKioskQueue() {
        stack.pop(null, StackView.Immediate)
        stack.push(kioskQueuePage, {}, StackView.Immediate)
    }

    function openToday() {
        stack.pop(null, StackView.Immediate)
        stack.push(todayPage, {}, StackView.Immediate)
    }

    function openIntake(fresh) {
        if (fresh)
            backend.intake.reset()
        stack.pop(null, StackView.Immediate)
        stack.push(intakePage, {}, StackView.Immediate)
    }

    // A draft goes back to the wizard; any other case opens its case page.
    function openCase(number) {
        stack.pop(null, StackView.Immediate)
        backend.currentCase.caseNumber = number
        if (backend.currentCase.status === "draft" && backend.intake.resume(number)) {
            stack.push(intakePage, {}, StackView.Immediate)
            return
        }
        stack.push(casePage, {}, StackView.Immediate)
    }

    Component {
        id: intakePage
        IntakePage {
            backend: shell.backend
            onFinished: stack.pop(null)
            onOpenCase: (number) => shell.openCase(number)
        }
    }
    Component {
        id: todayPage
        TodayPage {
            backend: shell.backend
            onBack: stack.pop(null)
            onOpenCase: (number) => shell.openCase(number)
            onShowCases: (status, today, from, to) => {
                shell.backend.cases.showStatus(status, today ? from : 0, today ? to : 0)
                stack.pop(null)
            }
        }
    }
    Component {
        id: kioskQueuePage
        KioskQueuePage {
            backend: shell.backend
            onBack: stack.pop(null)
            onTakenOver: shell.openIntake(false)
        }
    }
    Component {
        id: scannerPage
        ScannerPage {
            backend: shell.backend
            onBack: stack.pop(null)
            // Back on the dashboard, the code is its search: a sticker opens the booth view.
            onCodeAccepted: (text) => { stack.pop(null); dashboard.searchText = text }
        }
    }
    Component {
        id: casePage
        CasePage {
            backend: shell.backend
            onBack: stack.pop(null)
        }
    }

    // The tour shows the enrolment page on an enrolled demo station too.
    property bool enrolmentPreview: false

    header: HeaderBar {
        id: headerBar
        backend: shell.backend
        visible: shell.backend.session.signedIn
        onShowToday: shell.openToday()
    }

    StackView {
        id: stack
        anchors.fill: parent
        // Nothing under the kiosk can take focus or a tap while kiosk mode is on.
        visible: !shell.backend.kioskDesk.active
        enabled: visible
        initialItem: DashboardPage {
            id: dashboard
            backend: shell.backend
            onNewComplaint: shell.openIntake(true)
            onOpenKiosk: shell.openKioskQueue()
            onOpenCase: (caseId) => shell.openCase(caseId)
            onScanRequested: stack.push(scannerPage, {mode: "sticker"}, StackView.Immediate)
        }
    }

    // The kiosk and the enrolment page are made when first shown, then kept: most starts need
    // neither, and the first frame comes sooner without them (docs/station.md, "Start-up"). A
    // Repeater of one, as Loader cannot make them here (docs/toolchain.md).
    readonly property bool kioskShown: backend.kioskDesk.active && backend.enrolled
    property bool kioskMade: false
    onKioskShownChanged: if (kioskShown) kioskMade = true
    readonly property KioskPage kioskPage: kioskPages.count > 0 ? kioskPages.itemAt(0) as KioskPage : null
    Repeater {
        id: kioskPages
        model: shell.kioskShown || shell.kioskMade ? 1 : 0
        delegate: KioskPage {
            anchors.fill: parent
            visible: shell.kioskShown
            backend: shell.backend
        }
    }
    // An officer who exits the kiosk sees the submissions waiting.
    Connections {
        target: shell.backend.kioskDesk
        function onActiveChanged() {
            if (!shell.backend.kioskDesk.active && shell.backend.kioskDesk.pendingCount > 0)
                shell.openKioskQueue()
            else if (shell.backend.kioskDesk.active)
                stack.pop(null, StackView.Immediate)
        }
    }

    readonly property bool enrolmentShown: !backend.enrolled || enrolmentPreview
    property bool enrolmentMade: false
    onEnrolmentShownChanged: if (enrolmentShown) enrolmentMade = true
    Repeater {
        model: shell.enrolmentShown || shell.enrolmentMade ? 1 : 0
        delegate: EnrolmentPage {
            anchors.fill: parent
            visible: shell.enrolmentShown
            backend: shell.backend
        }
    }
}

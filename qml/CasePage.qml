pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One case: details and deadline on the left with the actions its state allows (in workflow
// order), the signed timeline on the right.
Page {
    id: page

    required property StationBackend backend
    readonly property CaseController controller: backend.currentCase
    readonly property var d: controller.details
    // var: qmllint 6.4 knows no JS array methods on a QStringList (docs/toolchain.md).
    readonly property var actions: controller.allowedActions
    signal back()

    function openAction(type) {
        if (type === "evidence.added") {
            evidenceEditor.open()
            return
        }
        if (type === "decision.recorded") {
            decisionEditor.open()
            return
        }
        if (type === "defence.recorded") {
            defenceEditor.open()
            return
        }
        if (type === "evidence.corrected") {  // the first item (the page tour)
            const e = controller.evidence.get(0)
            evidenceCorrector.openFor(e.itemId, e.kind, e.note, e.originalSeen, e.fingerprint)
            return
        }
        editor.openFor(type)
    }
    // A paper of the case full-screen, with printing (over this page, back to it).
    function openPaper(paper) {
        const view = page.StackView.view
        const preview = view.push(previewComponent, {backend: page.backend, paper: paper}, StackView.Immediate)
        preview.back.connect(() => view.pop(StackView.Immediate))
    }
    function openReceipt(refusing) {
        receiptEditor.complainant = false
        receiptEditor.open()
        receiptEditor.refusing = refusing
    }
    function openComplainantReceipt() {
        receiptEditor.complainant = true
        receiptEditor.refusing = false
        receiptEditor.open()
    }
    function showDecisionSample() {
        decisionEditor.fillSample()
    }
    // The end of a long case's facts (the page tour shows a decided case's last sections).
    function scrollFactsToEnd() {
        caseFacts.keepEnd = true
    }
    // The scanner page over this one (camera or import): a code back to onCode, a camera
    // frame's sink to onPhoto; either way back here.
    function openScanner(mode, onCode, onPhoto) {
        const view = page.StackView.view
        const scanner = view.push(scannerComponent, {backend: page.backend, mode: mode}, StackView.Immediate)
        scanner.back.connect(() => view.pop(StackView.Immediate))
        if (onCode)
            scanner.codeAccepted.connect((text, format) => { view.pop(StackView.Immediate); onCode(text, format) })
        if (onPhoto)
            scanner.photoTaken.connect((sink) => { onPhoto(sink); view.pop(StackView.Immediate) })
    }

    background: Rectangle { color: Theme.background }
    // A form left open must not float over the next page.
    function closeForms() {
        editor.close()
        receiptEditor.close()
        decisionEditor.close()
        defenceEditor.close()
        evidenceEditor.close()
        evidenceCorrector.close()
    }
    StackView.onDeactivating: closeForms()
    Component.onDestruction: closeForms()
    Component { id: scannerComponent; ScannerPage { } }
    Component { id: previewComponent; DocumentPreviewPage { } }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        ColumnLayout {
            spacing: 10
            Layout.preferredWidth: 540
            Layout.maximumWidth: 540
            Layout.fillHeight: true

            RowLayout {
                spacing: Theme.gap
                Button { text: qsTr("‹ Cases"); implicitHeight: Theme.touch; onClicked: page.back() }
                ColumnLayout {
                    spacing: 0
                    Label { textFormat: Text.PlainText; text: page.controller.caseNumber; font.pixelSize: Theme.titleSize; font.bold: true }
                    Label { textFormat: Text.PlainText; text: Labels.status(page.controller.status); color: Theme.info; font.bold: true }
                }
            }
            Label {
                objectName: "defenceCountdown"
                textFormat: Text.PlainText
                visible: (page.d.deadline || 0) > 0 && page.controller.status === "notice_served"
                text: qsTr("Defence deadline %1 · %2").arg(page.backend.formatDateTime(page.d.deadline || 0))
                          .arg(Labels.countdown(page.d.deadline || 0, page.backend.now))
                color: Labels.countdownColor(page.d.deadline || 0, page.backend.now)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "setAsideNote"
                visible: text !== ""
                text: page.controller.setAsideNote
                color: Theme.amber
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CaseFacts {
                id: caseFacts
                objectName: "caseFacts"
                backend: page.backend
                d: page.d
                papers: page.controller.papers
                onPaperOpened: paper => page.openPaper(paper)
                slipToSign: page.controller.complainantReceiptAbout
                onSlipReceiptWanted: page.openComplainantReceipt()
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Label {
                textFormat: Text.PlainText
                visible: page.controller.error.length > 0
                text: page.controller.error
                color: Theme.danger
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: "recordReceipt"
                    visible: page.controller.receiptPending
                    text: page.controller.receiptAbout === "decision.recorded"
                          ? qsTr("Receipt of the decision notice: sign or refuse")
                          : qsTr("Receipt of the notice: sign or refuse")
                    highlighted: true
                    implicitHeight: Theme.touch
                    onClicked: receiptEditor.open()
                }
                Repeater {
                    model: page.controller.allowedActions
                    delegate: Button {
                        required property string modelData
                        text: Labels.action(modelData)
                        highlighted: modelData === page.controller.allowedActions[0]
                        implicitHeight: Theme.touch
                        onClicked: page.openAction(modelData)
                    }
                }
            }
        }

        // Evidence and timeline share the right side; evidence first (what officers look for).
        Pane {
            padding: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.line; radius: Theme.radius }
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 8
                spacing: 0
                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    Repeater {
                        model: [qsTr("Evidence (%1)").arg(page.controller.evidence.count), qsTr("Timeline")]
                        // The chosen tab is the light one joined to the list below it.
                        delegate: TabButton {
                            id: tab
                            required property string modelData
                            text: modelData
                            implicitHeight: Theme.touch
                            font.bold: checked
                            palette.windowText: Theme.text
                            palette.brightText: Theme.text  // Basic draws unchecked tabs in brightText
                            background: Rectangle {
                                color: tab.checked ? Theme.surface : "#dde3ea"
                                Rectangle {
                                    visible: tab.checked
                                    anchors.bottom: parent.bottom
                                    width: parent.width
                                    height: 4
                                    color: Theme.primary
                                }
                            }
                        }
                    }
                }
                StackLayout {
                    currentIndex: tabs.currentIndex
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ListView {
                        clip: true
                        model: page.controller.evidence
                        delegate: EvidenceDelegate {
                            id: evidenceItem
                            width: ListView.view.width
                            backend: page.backend
                            // Corrections follow the rule for adding evidence (any state but closed).
                            canCorrect: page.actions.indexOf("evidence.added") >= 0
                            onCorrectWanted: evidenceCorrector.openFor(evidenceItem.itemId, evidenceItem.kind, evidenceItem.note,
                                                                        evidenceItem.originalSeen, evidenceItem.fingerprint)
                        }
                        ScrollBar.vertical: ScrollBar { }
                        Label {
                            textFormat: Text.PlainText
                            visible: page.controller.evidence.count === 0
                            anchors.centerIn: parent
                            text: qsTr("No evidence yet.")
                            color: Theme.textMuted
                        }
                    }
                    ListView {
                        clip: true
                        model: page.controller.timeline
                        delegate: TimelineDelegate { width: ListView.view.width; backend: page.backend }
                        ScrollBar.vertical: ScrollBar { }
                    }
                }
            }
        }
    }

    EvidenceEditor {
        id: evidenceEditor
        controller: page.controller
        backend: page.backend
        anchors.centerIn: parent
        onPhotoWanted: (kind, note, seen) => {
            evidenceEditor.close()
            page.openScanner("photo", null, (sink) => {
                if (!page.controller.addPhoto(kind, sink, note, seen))
                    evidenceEditor.open()  // the reason shows in the form
            })
        }
        onScanWanted: (seen) => {
            evidenceEditor.close()
            page.openScanner("code", (text, format) => {
                if (!page.controller.addScannedCode(text, format, seen))
                    evidenceEditor.open()
            }, null)
        }
    }

    EvidenceCorrector {
        id: evidenceCorrector
        objectName: "evidenceCorrector"
        controller: page.controller
        anchors.centerIn: parent
    }

    ReceiptEditor {
        id: receiptEditor
        objectName: "receiptEditor"
        controller: page.controller
        anchors.centerIn: parent
        onPhotoWanted: page.openScanner("photo", null, (sink) => {
            const hash = page.controller.sealRefusalFrame(sink)
            receiptEditor.setPhoto(hash !== "" ? hash : receiptEditor.photo)
        })
    }

    DefenceEditor {
        id: defenceEditor
        objectName: "defenceEditor"
        backend: page.backend
        controller: page.controller
        anchors.centerIn: parent
        onPhotoWanted: page.openScanner("photo", null, (sink) => {
            defenceEditor.addAttachment(page.controller.sealDefenceFrame(sink))
        })
    }

    DecisionEditor {
        id: decisionEditor
        objectName: "decisionEditor"
        backend: page.backend
        controller: page.controller
        anchors.centerIn: parent
    }

    CaseActionEditor {
        id: editor
        controller: page.controller
        anchors.centerIn: parent
        onScanStickerWanted: {
            editor.close()
            page.openScanner("sticker", (text) => { editor.openFor("notice.served"); editor.setSticker(text) }, null)
        }
    }
}

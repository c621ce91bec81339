import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The intake wizard. Each step saves its event when the officer moves on, so the complaint
// survives a lock, a change of officer or a power cut; the step tabs allow going back.
Page {
    id: page

    required property StationBackend backend
    readonly property IntakeWizard wizard: backend.intake
    readonly property var entry: wizard.exhibitorEntry  // var: qmllint 6.4 cannot look into a QVariantMap
    signal openCase(string caseNumber)
    signal finished()

    // The scanner page over the wizard (camera or import); a code back to onCode, a camera
    // frame's sink to onPhoto. The wizard page stays underneath with its step and fields.
    function openScanner(mode, onCode, onPhoto) {
        const view = page.StackView.view
        // A code that can be used comes straight back: one tap fewer per scan.
        const scanner = view.push(scannerComponent, {backend: page.backend, mode: mode, acceptAtOnce: mode !== "photo"},
                                  StackView.Immediate)
        scanner.back.connect(() => view.pop(StackView.Immediate))
        if (onCode)
            scanner.codeAccepted.connect((text, format) => { view.pop(StackView.Immediate); onCode(text, format) })
        if (onPhoto)
            scanner.photoTaken.connect((sink) => { onPhoto(sink); view.pop(StackView.Immediate) })
    }

    background: Rectangle { color: Theme.background }
    Component { id: scannerComponent; ScannerPage { } }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                text: qsTr("‹ Cases")
                implicitHeight: Theme.touch
                onClicked: page.finished()
            }
            Label {
                textFormat: Text.PlainText
                text: page.wizard.caseNumber.length > 0 ? qsTr("Complaint %1").arg(page.wizard.caseNumber) : qsTr("New complaint")
                font.pixelSize: Theme.titleSize
                font.bold: true
                Layout.fillWidth: true
            }
        }

        IntakeStepBar {
            wizard: page.wizard
            Layout.fillWidth: true
        }

        // Taken over from the self-service kiosk: on every step, the review included.
        Rectangle {
            objectName: "exhibitorEntryBanner"
            visible: page.wizard.kioskSubmission > 0
            color: Theme.amberSoft
            radius: Theme.radius
            implicitHeight: banner.implicitHeight + 16
            Layout.fillWidth: true
            Label {
                id: banner
                textFormat: Text.PlainText
                anchors { fill: parent; margins: 8 }
                text: qsTr("Entered by the exhibitor at the kiosk (K-%1): check every field against their documents before saving each step.")
                      .arg(page.wizard.kioskSubmission)
                      + (((page.entry.complainant || {}).contact || "").length > 0
                         ? "  " + qsTr("Contact: %1").arg(page.entry.complainant.contact) : "")
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "intakeError"
            visible: page.wizard.error.length > 0
            text: page.wizard.error
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        StackLayout {
            currentIndex: page.wizard.step
            Layout.fillWidth: true
            Layout.fillHeight: true

            IntakeComplainantStep { wizard: page.wizard }
            IntakeRightStep { wizard: page.wizard }
            IntakeRespondentStep {
                wizard: page.wizard
                // Only a genuine sticker of this fair comes back from sticker mode: it is recorded
                // at once (the step moves on), as "Use verified booth" would.
                onScanRequested: (field) => page.openScanner("sticker", (text) => {
                    field.text = text
                    page.wizard.recordRespondentFromSticker(text)
                }, null)
            }
            IntakeProductStep {
                wizard: page.wizard
                onScanRequested: (field) => page.openScanner("code", (text) => field.text = text, null)
            }
            IntakeGroundsStep { wizard: page.wizard }
            IntakeDocumentsStep {
                wizard: page.wizard
                onPhotoRequested: (kind) => page.openScanner("photo", null, (sink) => page.wizard.attachDocumentPhoto(kind, sink))
            }
            IntakeReviewStep { wizard: page.wizard }
            IntakeFinishedStep {
                wizard: page.wizard
                onOpenCase: (number) => page.openCase(number)
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 3: the respondent's booth. Best from the booth's QR sticker (typed by a USB scanner or
// pasted), verified against the bureau key offline; otherwise typed by hand, which the case
// records as "manual".
ScrollView {
    id: step

    required property IntakeWizard wizard
    readonly property var entry: wizard.exhibitorEntry  // var: qmllint 6.4 cannot look into a QVariantMap
    readonly property var sticker: step.wizard.checkSticker(stickerField.text)
    signal scanRequested(var field)
    contentWidth: availableWidth

    ColumnLayout {
        width: step.availableWidth
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            text: qsTr("Booth sticker")
            font.bold: true
            font.pixelSize: 22
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            FormField {
                id: stickerField
                objectName: "stickerText"
                label: qsTr("Scan the booth's QR sticker (the scanner types here) or paste its text")
                text: (step.entry.respondent || {}).sticker || ""  // a kiosk entry's sticker
            }
            Button {
                objectName: "scanSticker"
                text: qsTr("Scan…")
                implicitHeight: Theme.touch
                Layout.alignment: Qt.AlignBottom
                onClicked: step.scanRequested(stickerField)
            }
        }
        // Forged: a red banner, and the button below stays off (nothing is filled in).
        StickerVerdict { objectName: "stickerVerdict"; check: stickerField.text.length > 0 ? step.sticker : ({}) }
        Button {
            objectName: "useSticker"
            text: qsTr("Use verified booth")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            enabled: step.sticker.ok
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignRight
            onClicked: step.wizard.recordRespondentFromSticker(stickerField.text)
        }

        Rectangle { height: 1; color: Theme.line; Layout.fillWidth: true }

        Label {
            textFormat: Text.PlainText
            text: qsTr("No sticker: type the booth")
            font.bold: true
            font.pixelSize: 22
        }
        RowLayout {
            spacing: Theme.gap * 2
            FormField { id: booth; objectName: "manualBooth"; label: qsTr("Booth code, e.g. 9.1K23"); text: (step.entry.respondent || {}).booth || "" }
            FormField { id: exhibitor; label: qsTr("Exhibitor (filled from the booth list when known)") }
        }
        Button {
            text: qsTr("Save typed booth (marked as manual)")
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignRight
            onClicked: step.wizard.recordRespondentManual(booth.text, exhibitor.text)
        }
    }
}

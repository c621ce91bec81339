import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// After accept or reject: what happened, and where to go next.
ColumnLayout {
    id: step

    required property IntakeWizard wizard
    signal openCase(string caseNumber)
    spacing: Theme.gap

    Item { Layout.fillHeight: true }
    Label {
        textFormat: Text.PlainText
        text: qsTr("Complaint %1: %2").arg(step.wizard.caseNumber).arg(Labels.status(step.wizard.state))
        font.pixelSize: Theme.titleSize
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    RowLayout {
        spacing: Theme.gap
        Layout.alignment: Qt.AlignHCenter
        Button {
            text: qsTr("Open case")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            implicitHeight: Theme.touch
            onClicked: step.openCase(step.wizard.caseNumber)
        }
        Button {
            text: qsTr("New complaint")
            implicitHeight: Theme.touch
            onClicked: step.wizard.reset()
        }
    }
    Item { Layout.fillHeight: true }
}

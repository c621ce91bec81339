import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The wizard's steps as tabs: where the officer is, and a way back to any earlier step.
RowLayout {
    id: bar

    required property IntakeWizard wizard
    readonly property var names: [qsTr("Complainant"), qsTr("Right"), qsTr("Respondent"), qsTr("Product"),
                                  qsTr("Grounds"), qsTr("Documents"), qsTr("Review")]
    spacing: 4

    Repeater {
        model: bar.names
        delegate: Button {
            required property int index
            required property string modelData
            text: (index + 1) + ". " + modelData
            checkable: true
            checked: bar.wizard.step === index
            // A case must be open before any later step makes sense.
            enabled: index === 0 || bar.wizard.caseNumber.length > 0
            opacity: enabled ? 1 : 0.4
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: bar.wizard.step = index
        }
    }
}

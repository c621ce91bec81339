import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 1: who complains (a person or company, often through an agent). Saving opens the case.
ScrollView {
    id: step

    required property IntakeWizard wizard
    readonly property var recorded: wizard.recorded  // var: qmllint 6.4 cannot look into a QVariantMap
    readonly property var c: recorded.complainant || ({})
    contentWidth: availableWidth

    GridLayout {
        width: step.availableWidth
        columns: 2
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap

        FormField { id: name; objectName: "complainantName"; label: qsTr("Complainant name"); text: step.c.name || "" }
        ChoiceRow {
            id: kind
            label: qsTr("Complainant is a")
            value: step.c.kind || "company"
            options: [{key: "company", label: qsTr("Company")}, {key: "person", label: qsTr("Person")}]
        }
        FormField { id: idNumber; label: qsTr("ID, passport or company registration number"); text: step.c.id_number || "" }
        FormField { id: country; label: qsTr("Country (two letters)"); text: step.c.country || "CN" }
        FormField { id: badge; label: qsTr("Fair badge number"); text: step.c.badge || "" }
        FormField { id: agent; label: qsTr("Agent (if filed through one)"); text: step.c.agent || "" }
        FormField { id: agentBadge; label: qsTr("Agent badge number"); text: step.c.agent_badge || "" }
        Item { Layout.fillWidth: true }

        Button {
            objectName: "saveComplainant"
            text: qsTr("Save and continue")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            implicitHeight: Theme.touch
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            onClicked: step.wizard.recordComplainant({name: name.text, kind: kind.value, idNumber: idNumber.text,
                                                      country: country.text, badge: badge.text, agent: agent.text,
                                                      agentBadge: agentBadge.text})
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 4: the accused product and how it is displayed; a numeric product code must carry a
// correct GTIN check digit.
ScrollView {
    id: step

    required property IntakeWizard wizard
    readonly property var recorded: wizard.recorded  // var: qmllint 6.4 cannot look into a QVariantMap
    readonly property var p: recorded.product || ({})
    signal scanRequested(var field)
    contentWidth: availableWidth

    ColumnLayout {
        width: step.availableWidth
        spacing: Theme.gap

        FormField { id: description; label: qsTr("Product description"); text: step.p.description || "" }
        RowLayout {
            spacing: Theme.gap * 2
            FormField { id: model; label: qsTr("Model"); text: step.p.model || "" }
            FormField { id: code; objectName: "productCode"; label: qsTr("Product code (EAN/UPC, QR text)"); text: step.p.code || "" }
            Button {
                objectName: "scanProductCode"
                text: qsTr("Scan…")
                implicitHeight: Theme.touch
                Layout.alignment: Qt.AlignBottom
                onClicked: step.scanRequested(code)
            }
        }
        ChoiceRow {
            id: form
            label: qsTr("Displayed as")
            value: step.p.display_form || "exhibit"
            options: [{key: "exhibit", label: qsTr("Exhibit")}, {key: "packaging", label: qsTr("Packaging")},
                      {key: "brochure", label: qsTr("Brochure")}, {key: "online_link", label: qsTr("Online link")}]
        }
        FormField {
            id: url
            visible: form.value === "online_link"
            label: qsTr("Address of the online listing")
            text: step.p.url || ""
        }
        Button {
            text: qsTr("Save and continue")
            highlighted: true
            opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignRight
            onClicked: step.wizard.recordProduct({description: description.text, model: model.text, code: code.text,
                                                  displayForm: form.value, url: url.text})
        }
    }
}

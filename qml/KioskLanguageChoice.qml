import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The kiosk's first screen: the complainant chooses the language of the form.
ColumnLayout {
    id: choice

    required property LanguageSwitcher language
    signal chosen()

    spacing: Theme.gap * 2

    Item { Layout.fillHeight: true }
    Label {
        textFormat: Text.PlainText
        // Both languages at once: the complainant may read only one of them.
        text: "请选择语言 · Please choose your language"
        font.pixelSize: 30
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    RowLayout {
        spacing: Theme.gap * 3
        Layout.alignment: Qt.AlignHCenter
        Button {
            objectName: "kioskChinese"
            text: "中文"
            font.pixelSize: 30
            implicitWidth: 280
            implicitHeight: 120
            onClicked: { choice.language.language = "zh_CN"; choice.chosen() }
        }
        Button {
            objectName: "kioskEnglish"
            text: "English"
            font.pixelSize: 30
            implicitWidth: 280
            implicitHeight: 120
            onClicked: { choice.language.language = "en"; choice.chosen() }
        }
    }
    Label {
        textFormat: Text.PlainText
        text: "提交的内容不会直接立案：由执法人员与您核对后方记录为投诉。\n"
              + "What you enter is not a complaint yet: an officer checks it with you and then records it."
        color: Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}

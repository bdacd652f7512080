/// Numeric node kinds of the Go grammar, resolved once from their names. Rules compare these numbers,
/// never kind strings, on the hot path.
public typealias KindID = UInt16

public enum Kind {
    public static let sourceFile = resolve("source_file")
    public static let packageClause = resolve("package_clause")
    public static let packageIdentifier = resolve("package_identifier")
    public static let importDeclaration = resolve("import_declaration")
    public static let importSpec = resolve("import_spec")
    public static let importSpecList = resolve("import_spec_list")
    public static let dot = resolve("dot")
    public static let blankIdentifier = resolve("blank_identifier")
    public static let interpretedStringLiteral = resolve("interpreted_string_literal")
    public static let rawStringLiteral = resolve("raw_string_literal")
    public static let intLiteral = resolve("int_literal")
    public static let runeLiteral = resolve("rune_literal")
    public static let `true` = resolve("true")
    public static let `false` = resolve("false")
    public static let comment = resolve("comment")

    public static let functionDeclaration = resolve("function_declaration")
    public static let methodDeclaration = resolve("method_declaration")
    public static let funcLiteral = resolve("func_literal")
    public static let parameterList = resolve("parameter_list")
    public static let parameterDeclaration = resolve("parameter_declaration")
    public static let variadicParameterDeclaration = resolve("variadic_parameter_declaration")
    public static let block = resolve("block")

    public static let identifier = resolve("identifier")
    public static let fieldIdentifier = resolve("field_identifier")
    public static let typeIdentifier = resolve("type_identifier")
    public static let callExpression = resolve("call_expression")
    public static let argumentList = resolve("argument_list")
    public static let selectorExpression = resolve("selector_expression")
    public static let indexExpression = resolve("index_expression")
    public static let sliceExpression = resolve("slice_expression")
    public static let unaryExpression = resolve("unary_expression")
    public static let binaryExpression = resolve("binary_expression")
    public static let parenthesizedExpression = resolve("parenthesized_expression")
    public static let typeAssertionExpression = resolve("type_assertion_expression")
    public static let typeConversionExpression = resolve("type_conversion_expression")
    public static let compositeLiteral = resolve("composite_literal")
    public static let literalValue = resolve("literal_value")
    public static let keyedElement = resolve("keyed_element")
    public static let literalElement = resolve("literal_element")
    public static let expressionList = resolve("expression_list")

    public static let shortVarDeclaration = resolve("short_var_declaration")
    public static let assignmentStatement = resolve("assignment_statement")
    public static let varDeclaration = resolve("var_declaration")
    public static let varSpec = resolve("var_spec")
    public static let constDeclaration = resolve("const_declaration")
    public static let constSpec = resolve("const_spec")
    public static let typeDeclaration = resolve("type_declaration")
    public static let typeSpec = resolve("type_spec")
    public static let expressionStatement = resolve("expression_statement")
    public static let returnStatement = resolve("return_statement")
    public static let deferStatement = resolve("defer_statement")
    public static let goStatement = resolve("go_statement")
    public static let ifStatement = resolve("if_statement")
    public static let forStatement = resolve("for_statement")
    public static let rangeClause = resolve("range_clause")
    public static let forClause = resolve("for_clause")
    public static let selectStatement = resolve("select_statement")
    public static let communicationCase = resolve("communication_case")
    public static let defaultCase = resolve("default_case")
    public static let sendStatement = resolve("send_statement")
    public static let receiveStatement = resolve("receive_statement")
    public static let breakStatement = resolve("break_statement")
    public static let continueStatement = resolve("continue_statement")
    public static let gotoStatement = resolve("goto_statement")
    public static let labeledStatement = resolve("labeled_statement")
    public static let labelName = resolve("label_name")
    public static let incStatement = resolve("inc_statement")
    public static let decStatement = resolve("dec_statement")
    public static let expressionSwitchStatement = resolve("expression_switch_statement")
    public static let typeSwitchStatement = resolve("type_switch_statement")
    public static let expressionCase = resolve("expression_case")
    public static let typeCase = resolve("type_case")
    public static let fallthroughStatement = resolve("fallthrough_statement")

    public static let pointerType = resolve("pointer_type")
    public static let qualifiedType = resolve("qualified_type")
    public static let mapType = resolve("map_type")
    public static let sliceType = resolve("slice_type")
    public static let channelType = resolve("channel_type")
    public static let structType = resolve("struct_type")
    public static let fieldDeclaration = resolve("field_declaration")
    public static let fieldDeclarationList = resolve("field_declaration_list")
    public static let genericType = resolve("generic_type")

    // The semantic core's type syntax and expression forms.
    public static let arrayType = resolve("array_type")
    public static let implicitLengthArrayType = resolve("implicit_length_array_type")
    public static let functionType = resolve("function_type")
    public static let interfaceType = resolve("interface_type")
    public static let methodElem = resolve("method_elem")
    public static let typeElem = resolve("type_elem")
    public static let parenthesizedType = resolve("parenthesized_type")
    public static let typeArguments = resolve("type_arguments")
    public static let typeParameterList = resolve("type_parameter_list")
    public static let typeParameterDeclaration = resolve("type_parameter_declaration")
    public static let typeConstraint = resolve("type_constraint")
    public static let typeAlias = resolve("type_alias")
    public static let negatedType = resolve("negated_type")
    public static let floatLiteral = resolve("float_literal")
    public static let imaginaryLiteral = resolve("imaginary_literal")
    public static let nilLiteral = resolve("nil")
    public static let iota = resolve("iota")
    public static let varSpecList = resolve("var_spec_list")
    public static let emptyStatement = resolve("empty_statement")
    public static let variadicArgument = resolve("variadic_argument")
    public static let typeInstantiationExpression = resolve("type_instantiation_expression")

    /// The runtime's error node (symbol 65535 in every grammar).
    public static let error: KindID = 65535


    private static func resolve(_ name: String) -> KindID {
        GoGrammar.symbol(named: name)
    }

    /// Every kind above with its grammar name: the start-up check (a kind renamed in a grammar update
    /// resolves to 0 and would silently stop a rule). A unit test keeps this table complete.
    static var table: [(String, KindID)] {
        [
            ("source_file", sourceFile), ("package_clause", packageClause),
            ("package_identifier", packageIdentifier), ("import_declaration", importDeclaration),
            ("import_spec", importSpec), ("import_spec_list", importSpecList), ("dot", dot),
            ("blank_identifier", blankIdentifier), ("interpreted_string_literal", interpretedStringLiteral),
            ("raw_string_literal", rawStringLiteral), ("int_literal", intLiteral), ("rune_literal", runeLiteral),
            ("true", `true`), ("false", `false`), ("comment", comment),
            ("function_declaration", functionDeclaration), ("method_declaration", methodDeclaration),
            ("func_literal", funcLiteral), ("parameter_list", parameterList),
            ("parameter_declaration", parameterDeclaration),
            ("variadic_parameter_declaration", variadicParameterDeclaration), ("block", block),
            ("identifier", identifier), ("field_identifier", fieldIdentifier), ("type_identifier", typeIdentifier),
            ("call_expression", callExpression), ("argument_list", argumentList),
            ("selector_expression", selectorExpression), ("index_expression", indexExpression),
            ("slice_expression", sliceExpression), ("unary_expression", unaryExpression),
            ("binary_expression", binaryExpression), ("parenthesized_expression", parenthesizedExpression),
            ("type_assertion_expression", typeAssertionExpression),
            ("type_conversion_expression", typeConversionExpression), ("composite_literal", compositeLiteral),
            ("literal_value", literalValue), ("keyed_element", keyedElement), ("literal_element", literalElement),
            ("expression_list", expressionList), ("short_var_declaration", shortVarDeclaration),
            ("assignment_statement", assignmentStatement), ("var_declaration", varDeclaration),
            ("var_spec", varSpec), ("const_declaration", constDeclaration), ("const_spec", constSpec),
            ("type_declaration", typeDeclaration), ("type_spec", typeSpec),
            ("expression_statement", expressionStatement), ("return_statement", returnStatement),
            ("defer_statement", deferStatement), ("go_statement", goStatement), ("if_statement", ifStatement),
            ("for_statement", forStatement), ("range_clause", rangeClause), ("for_clause", forClause),
            ("select_statement", selectStatement), ("communication_case", communicationCase),
            ("default_case", defaultCase), ("send_statement", sendStatement),
            ("receive_statement", receiveStatement), ("break_statement", breakStatement),
            ("continue_statement", continueStatement), ("goto_statement", gotoStatement),
            ("labeled_statement", labeledStatement), ("label_name", labelName), ("inc_statement", incStatement),
            ("dec_statement", decStatement), ("expression_switch_statement", expressionSwitchStatement),
            ("type_switch_statement", typeSwitchStatement), ("expression_case", expressionCase), ("type_case", typeCase), ("fallthrough_statement", fallthroughStatement),
            ("pointer_type", pointerType), ("qualified_type", qualifiedType), ("map_type", mapType),
            ("slice_type", sliceType), ("channel_type", channelType), ("struct_type", structType),
            ("field_declaration", fieldDeclaration), ("field_declaration_list", fieldDeclarationList),
            ("generic_type", genericType),
            ("array_type", arrayType), ("implicit_length_array_type", implicitLengthArrayType), ("function_type", functionType), ("interface_type", interfaceType), ("method_elem", methodElem), ("type_elem", typeElem), ("parenthesized_type", parenthesizedType), ("type_arguments", typeArguments), ("type_parameter_list", typeParameterList), ("type_parameter_declaration", typeParameterDeclaration), ("type_constraint", typeConstraint), ("type_alias", typeAlias), ("negated_type", negatedType), ("float_literal", floatLiteral), ("imaginary_literal", imaginaryLiteral), ("nil", nilLiteral), ("iota", iota), ("var_spec_list", varSpecList), ("empty_statement", emptyStatement), ("variadic_argument", variadicArgument), ("type_instantiation_expression", typeInstantiationExpression),
        ]
    }

    /// Names above that the grammar does not know (symbol 0).
    static func unresolvedNames() -> [String] { table.filter { $0.1 == 0 }.map(\.0) }

    /// The grammar's name of a kind, for diagnostics and debugging.
    public static func name(of kind: KindID) -> String { GoGrammar.kindName(kind) }
}

/// Field ids of the Go grammar (`function`, `arguments`, …), resolved once from their names.
public typealias FieldID = UInt16

public enum Field {
    public static let name = resolve("name")
    public static let body = resolve("body")
    public static let function = resolve("function")
    public static let arguments = resolve("arguments")
    public static let operand = resolve("operand")
    public static let field = resolve("field")
    public static let left = resolve("left")
    public static let right = resolve("right")
    public static let result = resolve("result")
    public static let parameters = resolve("parameters")
    public static let receiver = resolve("receiver")
    public static let type = resolve("type")
    public static let value = resolve("value")
    public static let condition = resolve("condition")
    public static let communication = resolve("communication")
    public static let path = resolve("path")
    public static let channel = resolve("channel")
    public static let `operator` = resolve("operator")
    public static let label = resolve("label")
    public static let initializer = resolve("initializer")
    public static let update = resolve("update")
    public static let element = resolve("element")
    public static let key = resolve("key")
    public static let index = resolve("index")
    public static let consequence = resolve("consequence")
    public static let alternative = resolve("alternative")
    public static let `package` = resolve("package")
    public static let typeArguments = resolve("type_arguments")
    public static let length = resolve("length")
    public static let alias = resolve("alias")
    public static let start = resolve("start")
    public static let end = resolve("end")
    public static let typeParameters = resolve("type_parameters")
    public static let capacity = resolve("capacity")
    public static let tag = resolve("tag")

    private static func resolve(_ name: String) -> FieldID { GoGrammar.field(named: name) }

    /// Every field above with its grammar name (kept complete by a unit test), for the start-up check.
    static var table: [(String, FieldID)] {
        [
            ("name", name), ("body", body), ("function", function), ("arguments", arguments), ("operand", operand),
            ("field", field), ("left", left), ("right", right), ("result", result), ("parameters", parameters),
            ("receiver", receiver), ("type", type), ("value", value), ("condition", condition),
            ("communication", communication), ("path", path), ("channel", channel), ("operator", `operator`),
            ("label", label), ("initializer", initializer), ("update", update), ("element", element), ("key", key),
            ("index", index), ("consequence", consequence), ("alternative", alternative),
            ("package", `package`), ("type_arguments", typeArguments), ("length", length), ("alias", alias), ("start", start), ("end", end), ("type_parameters", typeParameters), ("capacity", capacity), ("tag", tag),
        ]
    }

    static func unresolvedNames() -> [String] { table.filter { $0.1 == 0 }.map(\.0) }
}

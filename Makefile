# The two commands that do everything: `make run` and `make test`.
JAR := target/newsquiz.jar
MVN := mvn -q -B
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: run test build bench clean

run: $(JAR)
	java -jar $(JAR) $(ARGS)

build: $(JAR)

$(JAR): $(SOURCES)
	$(MVN) package -DskipTests

test:
	mvn -B test

bench: $(JAR)
	java -jar $(JAR) bench

clean:
	$(MVN) clean

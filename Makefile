# The two commands that do everything: `make run` and `make test`.
JAR := target/newsquiz.jar
CDS := target/newsquiz.jsa
MVN := mvn -q -B
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: run test build bench clean

run: $(JAR)
	bin/newsquiz $(ARGS)

build: $(JAR) $(CDS)

$(JAR): $(SOURCES)
	$(MVN) package -DskipTests

# A class-data archive of one generate run: bin/newsquiz starts from it, so a cold start loads fewer classes.
$(CDS): $(JAR)
	java -XX:ArchiveClassesAtExit=$(CDS) -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $(JAR) generate \
		src/test/resources/articles/venezuela-rostec-2019.txt -o target/cds-warmup.json >/dev/null

test:
	mvn -B test

# Warm generation on one core over the test articles, then cold starts of one generate.
bench: $(JAR)
	java -XX:ActiveProcessorCount=1 -jar $(JAR) bench src/test/resources/articles/*.txt
	bench/cold-start.sh

clean:
	$(MVN) clean

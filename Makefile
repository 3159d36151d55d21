# The two commands that do everything: `make run` and `make test`.
JAR := target/newsquiz.jar
CDS := target/newsquiz.jsa
MVN := mvn -q -B
SOURCES := $(shell find src/main -type f) pom.xml

.PHONY: run test build bench bench-class clean quizzes
# The bundled quiz banks: the app's default quiz and a few more from freely licensed articles.
BUNDLED := venezuela-rostec-2019 pelosi-speaker-2019 mugabe-dies-2019 voa-n149-pompeo-kim-yong-chol

run: $(JAR) $(CDS)
	bin/newsquiz $(ARGS)

build: $(JAR) $(CDS)

$(JAR): $(SOURCES)
	$(MVN) package -DskipTests

# A class-data archive of a run that uses every part once: bin/newsquiz starts from it, loading fewer classes.
# Optional: without it (a JVM that cannot dump one) the app only starts a little slower.
$(CDS): $(JAR)
	-java -XX:ArchiveClassesAtExit=$(CDS) -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $(JAR) warmup \
		src/test/resources/articles/venezuela-rostec-2019.txt >/dev/null 2>&1

# Unit and screen tests, then the jar, then the end-to-end tests that run it (under tmux); the store's tests run
# on SQLite and, where PostgreSQL is installed, on a throwaway PostgreSQL server too.
test:
	bin/with-postgres mvn -B verify

# Warm generation on one core over the test articles, cold starts of one generate, cold start to the home screen.
bench: $(JAR)
	java -XX:ActiveProcessorCount=1 -jar $(JAR) bench src/test/resources/articles/*.txt
	bench/cold-start.sh
	bench/first-screen.sh

# A live class of 300 students (SSH clients on loopback) against a host in its own JVM: key-to-acknowledgement
# latency, host memory and idle CPU; checks every answer was stored once.
bench-class:
	$(MVN) test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
	java -cp target/classes:target/test-classes:$$(cat target/bench-classpath.txt) newsquiz.live.ClassBench 300 5

# Regenerates quizzes/ after a change to the generator; the golden test then checks them in (review the diff).
quizzes: $(JAR)
	for name in $(BUNDLED); do java -jar $(JAR) generate src/test/resources/articles/$$name.txt -o quizzes/$$name.json; done

clean:
	$(MVN) clean

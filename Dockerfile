# WarmPath image: built with the Maven wrapper, run on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY cypher cypher
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/warmpath-*.jar /warmpath.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app warmpath
WORKDIR /app
COPY --from=build /warmpath.jar /app/warmpath.jar
USER warmpath
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/warmpath.jar"]

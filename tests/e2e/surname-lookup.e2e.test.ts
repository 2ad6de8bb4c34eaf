import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type TestServer, startTestServer } from "../support/test-server";

/**
 * A surname alone names a character wherever a name is asked for, on the seed graph: no alias
 * of Claire Temple or Colleen Wing is their surname alone, and three characters are Raymonds.
 */
describe("a surname alone", () => {
  let server: TestServer;
  const names = (characters: { name: string }[]) => characters.map((c) => c.name);

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  it("finds the one character who has it", async () => {
    const { data, errors } = await server.graphql<{ character: { id: string } }>(/* GraphQL */ `
      {
        character(name: "Temple") {
          id
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data?.character.id).toBe("claire-temple");
  });

  it("is BAD_USER_INPUT with the candidates when several characters have it", async () => {
    const { errors } = await server.graphql(/* GraphQL */ `
      {
        character(name: "raymond") {
          id
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].extensions?.candidates).toEqual([
      { id: "john-raymond", name: "John Raymond" },
      { id: "lexi", name: "Lexi" },
      { id: "michelle-raymond", name: "Michelle Raymond" },
    ]);
  });

  it("names the ends and the waypoints of a path, a neighbourhood's centre and linked characters", async () => {
    const { data, errors } = await server.graphql<{
      path: { characters: { name: string }[] };
      neighbourhood: { members: { character: { name: string } }[] };
      links: { characters: { name: string }[] };
    }>(/* GraphQL */ `
      {
        path(from: "Cage", via: ["Temple"], to: "Wing") {
          characters {
            name
          }
        }
        neighbourhood(of: "Temple") {
          members {
            character {
              name
            }
          }
        }
        links(between: ["Temple", "Wing"]) {
          characters {
            name
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const stops = names(data!.path.characters);
    expect(stops[0]).toBe("Luke Cage");
    expect(stops).toContain("Claire Temple");
    expect(stops[stops.length - 1]).toBe("Colleen Wing");
    expect(data!.neighbourhood.members[0].character.name).toBe("Claire Temple");
    expect(names(data!.links.characters)).toEqual(
      expect.arrayContaining(["Claire Temple", "Colleen Wing"]),
    );
  });

  it("names the characters of the embeddable widgets", async () => {
    const circle = await fetch(`${server.url}embed/character/Temple`);
    expect(circle.status).toBe(200);
    await expect(circle.text()).resolves.toContain("Claire Temple");
    const path = await fetch(`${server.url}embed/path?from=Cage&to=Wing`);
    expect(path.status).toBe(200);
    await expect(path.text()).resolves.toContain("Colleen Wing");
    const shared = await fetch(`${server.url}embed/character/Raymond`);
    expect(shared.status).toBe(400);
    await expect(shared.text()).resolves.toContain("Michelle Raymond (michelle-raymond)");
  });
});

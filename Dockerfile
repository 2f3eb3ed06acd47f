# An intranet copy of the handbook: builds the brand BRAND (default: brands/default/) and serves it with
# nginx and the site's own headers (deploy/nginx/site.conf, the file `npm test` serves the site with).
#   docker build --build-arg BRAND=severn-hub -t handbook . && docker run -p 8080:8080 handbook
# BASE_PATH serves the copy from a sub-folder (--build-arg BASE_PATH=/handbook); SITE_URL adds the sitemap.

FROM node:24-bookworm-slim AS build
ARG BRAND=default
ARG BASE_PATH=
ARG SITE_URL=
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN BRAND="$BRAND" BASE_PATH="$BASE_PATH" SITE_URL="$SITE_URL" npm run build

FROM nginx:1-bookworm
ARG BASE_PATH=
COPY deploy/nginx/site.conf /etc/nginx/handbook.conf
# The server block around the shared file: the port, where the copy is and its base path.
RUN base="${BASE_PATH%/}/" && printf 'server {\n    listen 8080;\n    root /srv/handbook;\n    set $qmh_base "%s";\n    include /etc/nginx/handbook.conf;\n}\n' "$base" > /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /srv/handbook${BASE_PATH}
EXPOSE 8080

fn main() {
    film_explorer::start();
}

% Kipf & Welling (2017) Eq. 2 propagation with the degree matrix given as an input (diagonal)
A, D \in \mathbb{R}^{N \times N}, H \in \mathbb{R}^{N \times F}, W \in \mathbb{R}^{F \times C}

H' = \mathrm{ReLU}\left(D^{-\frac{1}{2}} A D^{-\frac{1}{2}} H W\right)

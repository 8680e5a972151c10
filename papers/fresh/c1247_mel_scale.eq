% The mel scale (O'Shaughnessy 1987) as speech papers print it: the mel value of each of n frequencies f in Hz
f \in \mathbb{R}^{n}

m = 2595 \log_{10}\left(1 + \frac{f}{700}\right)

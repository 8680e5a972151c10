% Peak signal-to-noise ratio of an m x n image I and its approximation K, as printed e.g. in Hore & Ziou
% (2010) / the usual definition, pixels indexed from 0
I \in \mathbb{R}^{m \times n}, K \in \mathbb{R}^{m \times n}, MAX_I \in \mathbb{R}

MSE = \frac{1}{mn} \sum_{i=0}^{m-1} \sum_{j=0}^{n-1} [I(i,j) - K(i,j)]^2
PSNR = 10 \cdot \log_{10} \left( \frac{MAX_I^2}{MSE} \right)

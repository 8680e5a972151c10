% Deep graph infomax, Velickovic et al. (2019), Sec. 3.4: the readout (sigma the logistic sigmoid) and the
% bilinear discriminator scoring each of the N patch representations h_i against the summary s
\vec{h} \in \mathbb{R}^{N \times F}, \mathbf{W} \in \mathbb{R}^{F \times F}

\vec{s} = \sigma\left(\frac{1}{N}\sum_{i=1}^{N}\vec{h}_i\right)
\mathcal{D}(\vec{h}_i, \vec{s}) = \sigma\left(\vec{h}_i^T\mathbf{W}\vec{s}\right)

% Prince, Understanding Deep Learning, Eq. 15.x (the GAN discriminator's loss) as printed (from memory of the
% printing): J generated samples x_j^* and I real samples x_i, the discriminator's logits given
\mathrm{f}[\mathbf{x}_j^*, \boldsymbol\phi] \in \mathbb{R}^{J}, \mathrm{f}[\mathbf{x}_i, \boldsymbol\phi] \in \mathbb{R}^{I}

L[\boldsymbol\phi] = \sum_{j=1}^{J} -\log\Bigl[1 - \text{sig}\bigl[\mathrm{f}[\mathbf{x}_j^*, \boldsymbol\phi]\bigr]\Bigr] - \sum_{i=1}^{I} \log\Bigl[\text{sig}\bigl[\mathrm{f}[\mathbf{x}_i, \boldsymbol\phi]\bigr]\Bigr]

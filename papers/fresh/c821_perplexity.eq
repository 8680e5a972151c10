% Perplexity of a language model (Dive into Deep Learning, 9.3): P(x_t | x_{t-1}, ..., x_1) the model's probability of token t
P \in \mathbb{R}^{n}

\mathrm{PPL} = \exp\left(-\frac{1}{n} \sum_{t=1}^n \log P(x_t \mid x_{t-1}, \ldots, x_1)\right)

% The Annotated Transformer, positional encoding as printed (pos the position, i the dimension); PE the
% max_len x d_model table (prose: "a positional encoding of the same dimension d_model as the embeddings")
PE \in \mathbb{R}^{L \times d_{\text{model}}}

PE_{(pos,2i)} = \sin(pos / 10000^{2i/d_{\text{model}}})
PE_{(pos,2i+1)} = \cos(pos / 10000^{2i/d_{\text{model}}})

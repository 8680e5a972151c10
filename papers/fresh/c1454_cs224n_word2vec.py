from h import *
rng=np.random.default_rng(1454); V,d=6,3; U=rng.normal(size=(V,d)); v=rng.normal(size=d)
run('c1454_cs224n_word2vec', {r'\boldsymbol{U}':U, r'\boldsymbol{v}_c':v}, torch.softmax(T(U)@T(v),0).numpy(), fn='P')

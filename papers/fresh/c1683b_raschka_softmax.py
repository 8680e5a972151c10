from h import *
rng=np.random.default_rng(16832); M=4; z=rng.normal(size=M)
run('c1683b_raschka_softmax', {r'\mathbf{z}':z}, torch.softmax(T(z),0).numpy(), fn='p')

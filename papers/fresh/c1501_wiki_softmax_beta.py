from h import *
rng=np.random.default_rng(1501); K=6; z=rng.normal(size=K); b=1.7
run('c1501_wiki_softmax_beta', {r'\mathbf{z}':z, r'\beta':b}, torch.softmax(b*T(z),0).numpy(), fn=r'\sigma')

from h import *
rng=np.random.default_rng(1621); J,I=4,5; fg=rng.normal(size=J); fr=rng.normal(size=I); sig=lambda z:1/(1+np.exp(-z))
run('c1621_prince_gan_disc', {r'\mathrm{f}[\mathbf{x}_j^*, \boldsymbol\phi]':fg, r'\mathrm{f}[\mathbf{x}_i, \boldsymbol\phi]':fr}, np.sum(-np.log(1-sig(fg)))-np.sum(np.log(sig(fr))), fn='L')

from h import *
rng=np.random.default_rng(1391); n,d=5,3; x=rng.normal(size=n); De=rng.normal(size=n); Ex=rng.normal(size=d); e=rng.normal(size=d); b=0.25
exp=((x-De)**2).sum()+((Ex-e)**2).sum()+b*((Ex-e)**2).sum()
run('c1391_weng_vqvae_loss', {r'\mathbf{x}':x, r'D(\mathbf{e}_k)':De, r'E(\mathbf{x})':Ex, r'\mathbf{e}_k':e, r'\beta':b}, np.array(exp), fn='L')

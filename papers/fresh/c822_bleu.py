from h import *
rng=np.random.default_rng(822); N=4
w=np.full(N,0.25); p=rng.uniform(0.1,0.9,size=N); c=17.0; r=20.0
bp=1.0 if c>r else np.exp(1-r/c)
run('c822_bleu', {'c':c,'r':r,'w':w,'p':p}, bp*np.exp((w*np.log(p)).sum()), fn=r'\mathrm{BLEU}')

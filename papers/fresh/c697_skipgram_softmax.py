from h import *
rng=np.random.default_rng(697); W,d=6,3
v=rng.normal(size=(W,d)); vp=rng.normal(size=(W,d)); wI,wO=2,4
s=vp@v[wI]; run('c697_skipgram_softmax', {'v':v,"v'":vp,'w_I':wI,'w_O':wO}, np.exp(s[wO])/np.exp(s).sum())

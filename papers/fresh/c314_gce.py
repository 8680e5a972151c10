from h import *
rng=np.random.default_rng(314); f=rng.random(5); f/=f.sum(); j=3; q=0.7
run('c314_gce', {'f':f,'j':j,'q':q}, np.array((1-f[j-1]**q)/q), fn=r'\mathcal{L}_q')

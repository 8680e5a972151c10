from h import *
s,x,mu=1.7,0.3,-0.4
run('c63_gauss_entropy', {'\\sigma':s}, np.array(0.5*np.log(2*np.pi*np.e*s**2)), fn='H')
run('c63_gauss_entropy', {'\\sigma':s,'x':x,'\\mu':mu}, np.array(-0.5*np.log(2*np.pi*s**2)-(x-mu)**2/(2*s**2)), fn='\\ell')

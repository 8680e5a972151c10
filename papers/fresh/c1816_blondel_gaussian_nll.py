from h import *
mu,s2,y=0.3,1.7,-0.4
run('c1816_blondel_gaussian_nll', {r'\mu':mu, r'\sigma^2':s2, 'y':y}, np.array(0.5*np.log(2*np.pi*s2)+(y-mu)**2/(2*s2)), fn=r'\ell')
